package org.tootkey.oauth;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.util.Assert;

/**
 * Spring Security's pending authorization (state, PKCE verifier, where to come back),
 * kept in the visitor's HTTP session like
 * {@link HttpSessionOAuth2AuthorizationRequestRepository} does, with the same rules:
 * found only with the callback's matching {@code state}, removed only then. Spring
 * Security still makes the request and checks the answer; this only changes how it waits:
 * as its values ({@link Stored}, about 0.5 KB, the scope names and the registration id
 * shared with the registration), not as the {@link OAuth2AuthorizationRequest} with its
 * maps, set and full authorize URL (about 2 KB). Every session waiting on a consent page
 * pays for what it keeps. A request with anything but text in its parameters is kept as
 * it is.
 */
class SessionAuthorizationRequestRepository implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

	static final String ATTRIBUTE = SessionAuthorizationRequestRepository.class.getName() + ".AUTHORIZATION_REQUEST";

	/** The request rebuilt once per HTTP request (the callback loads it three times). */
	private static final String REBUILT = ATTRIBUTE + ".REBUILT";

	@Override
	public OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
		String state = request.getParameter(OAuth2ParameterNames.STATE);
		if (state == null) {
			return null;
		}
		OAuth2AuthorizationRequest pending = pending(request);
		return (pending != null && state.equals(pending.getState())) ? pending : null;
	}

	@Override
	public void saveAuthorizationRequest(OAuth2AuthorizationRequest authorizationRequest, HttpServletRequest request,
			HttpServletResponse response) {
		if (authorizationRequest == null) {
			removeAuthorizationRequest(request, response);
			return;
		}
		Assert.hasText(authorizationRequest.getState(), "authorizationRequest.state cannot be empty");
		request.removeAttribute(REBUILT);
		Stored stored = Stored.of(authorizationRequest);
		request.getSession().setAttribute(ATTRIBUTE, (stored != null) ? stored : authorizationRequest);
	}

	@Override
	public OAuth2AuthorizationRequest removeAuthorizationRequest(HttpServletRequest request,
			HttpServletResponse response) {
		OAuth2AuthorizationRequest pending = loadAuthorizationRequest(request);
		if (pending != null) {
			request.getSession().removeAttribute(ATTRIBUTE);
			request.removeAttribute(REBUILT);
		}
		return pending;
	}

	private static OAuth2AuthorizationRequest pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object kept = (session != null) ? session.getAttribute(ATTRIBUTE) : null;
		if (kept instanceof Stored stored) {
			if (request.getAttribute(REBUILT) instanceof Rebuilt rebuilt && rebuilt.from() == stored) {
				return rebuilt.request();
			}
			OAuth2AuthorizationRequest rebuilt = stored.toRequest();
			request.setAttribute(REBUILT, new Rebuilt(stored, rebuilt));
			return rebuilt;
		}
		return (kept instanceof OAuth2AuthorizationRequest original) ? original : null;
	}

	private record Rebuilt(Stored from, OAuth2AuthorizationRequest request) {
	}

	/**
	 * An authorization-code request's values; its authorize URL is made again from them
	 * when needed (Spring Security's builder does that).
	 *
	 * @param additionalParameters names and values, alternately
	 * @param attributes names and values, alternately
	 */
	record Stored(String authorizationUri, String clientId, String redirectUri, String[] scopes, String state,
			String[] additionalParameters, String[] attributes) implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

		/** The values, or null when the request is not one this can keep as text. */
		static Stored of(OAuth2AuthorizationRequest request) {
			if (!AuthorizationGrantType.AUTHORIZATION_CODE.equals(request.getGrantType())) {
				return null;
			}
			String[] parameters = pairs(request.getAdditionalParameters());
			String[] attributes = pairs(request.getAttributes());
			if (parameters == null || attributes == null) {
				return null;
			}
			return new Stored(request.getAuthorizationUri(), request.getClientId(), request.getRedirectUri(),
					request.getScopes().toArray(String[]::new), request.getState(), parameters, attributes);
		}

		OAuth2AuthorizationRequest toRequest() {
			return OAuth2AuthorizationRequest.authorizationCode()
				.authorizationUri(this.authorizationUri)
				.clientId(this.clientId)
				.redirectUri(this.redirectUri)
				.scope(this.scopes)
				.state(this.state)
				.additionalParameters(map(this.additionalParameters))
				.attributes(map(this.attributes))
				.build();
		}

		private static String[] pairs(Map<String, Object> map) {
			String[] pairs = new String[map.size() * 2];
			int i = 0;
			for (Map.Entry<String, Object> entry : map.entrySet()) {
				if (!(entry.getValue() instanceof String value)) {
					return null;
				}
				pairs[i++] = entry.getKey();
				pairs[i++] = value;
			}
			return pairs;
		}

		private static Map<String, Object> map(String[] pairs) {
			Map<String, Object> map = new LinkedHashMap<>();
			for (int i = 0; i < pairs.length; i += 2) {
				map.put(pairs[i], pairs[i + 1]);
			}
			return map;
		}

		@Override
		public String toString() {
			// never the state or the verifier
			return "Stored[" + this.authorizationUri + "]";
		}

	}

}
