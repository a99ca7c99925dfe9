package org.tootkey.oauth;

import java.util.HashMap;
import java.util.Map;

import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.DefaultMapOAuth2AccessTokenResponseConverter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClientResponseException;
import org.tootkey.mastodon.SafeValue;
import org.tootkey.outbound.OutboundClient;
import org.tootkey.outbound.OutboundException;

/**
 * Exchanges the authorization code through the guarded outbound client
 * ({@code client_secret_post}, redirect URI and PKCE verifier in the body). Any failure
 * reaches the callback as an error code only: never the server's description (which may
 * carry a raw body) and never a stray exception that would become a 500.
 */
class GuardedTokenResponseClient implements OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> {

	private final RestClientAuthorizationCodeTokenResponseClient delegate = new RestClientAuthorizationCodeTokenResponseClient();

	GuardedTokenResponseClient(OutboundClient outbound) {
		OAuth2AccessTokenResponseHttpMessageConverter tokenConverter = new OAuth2AccessTokenResponseHttpMessageConverter();
		tokenConverter.setAccessTokenResponseConverter(new LenientTokenResponseConverter());
		this.delegate.setRestClient(outbound.restClientBuilder().messageConverters((converters) -> {
			converters.clear();
			converters.add(new FormHttpMessageConverter());
			converters.add(tokenConverter);
		}).defaultStatusHandler(new OAuth2ErrorResponseErrorHandler()).build());
	}

	@Override
	public OAuth2AccessTokenResponse getTokenResponse(OAuth2AuthorizationCodeGrantRequest request) {
		OAuth2AccessTokenResponse response;
		try {
			response = this.delegate.getTokenResponse(request);
		}
		catch (OAuth2AuthorizationException ex) {
			String code = ex.getError().getErrorCode();
			String problem = problemCode(ex);
			String status = statusCode(ex);
			throw new OAuth2AuthorizationException(
					new OAuth2Error((problem != null) ? problem : (status != null) ? status : code));
		}
		catch (RuntimeException | StackOverflowError ex) {
			throw new OAuth2AuthorizationException(new OAuth2Error(CallbackError.code(OutboundException.classify(ex))));
		}
		if (!SafeValue.isSafe(response.getAccessToken().getTokenValue())) {
			// A token with a quote, dollar, backtick or newline could break out of a
			// snippet:
			// the journey stops on a plain page and the value goes nowhere.
			throw new OAuth2AuthorizationException(new OAuth2Error(CallbackError.UNSAFE_TOKEN.code()));
		}
		return response;
	}

	/**
	 * Our own code when the exchange failed on the way (network, address, size), else
	 * null.
	 */
	private static String problemCode(Throwable failure) {
		for (Throwable t = failure.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
			if (t instanceof java.io.IOException || t instanceof org.tootkey.outbound.OutboundException
					|| t instanceof org.springframework.boot.http.client.FilteredHostException) {
				return CallbackError.code(OutboundException.classify(failure));
			}
		}
		return null;
	}

	/**
	 * A code for answers Spring Security does not parse (anything but 400): 401 means the
	 * server does not know the app any more (Doorkeeper answers {@code invalid_client}
	 * with 401), 429 and 5xx are the server's own trouble.
	 */
	private static String statusCode(Throwable failure) {
		for (Throwable t = failure.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
			if (t instanceof RestClientResponseException response) {
				int status = response.getStatusCode().value();
				if (status == 401) {
					return CallbackError.APP_GONE.code();
				}
				if (status == 429) {
					return CallbackError.RATE_LIMITED.code();
				}
				if (status >= 500) {
					return CallbackError.SERVER_TROUBLE.code();
				}
			}
		}
		return null;
	}

	/**
	 * Accepts what real servers send: {@code token_type} missing or in any casing (Bearer
	 * is the only type the Mastodon API knows).
	 */
	static final class LenientTokenResponseConverter implements
			org.springframework.core.convert.converter.Converter<Map<String, Object>, OAuth2AccessTokenResponse> {

		private final DefaultMapOAuth2AccessTokenResponseConverter delegate = new DefaultMapOAuth2AccessTokenResponseConverter();

		@Override
		public OAuth2AccessTokenResponse convert(Map<String, Object> parameters) {
			Map<String, Object> fixed = new HashMap<>(parameters);
			Object type = fixed.get(OAuth2ParameterNames.TOKEN_TYPE);
			if (!(type instanceof String text) || text.isBlank() || text.equalsIgnoreCase("bearer")) {
				fixed.put(OAuth2ParameterNames.TOKEN_TYPE, "Bearer");
			}
			Object token = fixed.get(OAuth2ParameterNames.ACCESS_TOKEN);
			if (!(token instanceof String text) || text.isBlank()) {
				throw new OAuth2AuthorizationException(new OAuth2Error("invalid_token_response"));
			}
			return this.delegate.convert(fixed);
		}

	}

}
