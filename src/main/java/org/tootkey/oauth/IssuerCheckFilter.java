package org.tootkey.oauth;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tootkey.server.ServerProfile;

/**
 * RFC 9207 §2.4: a callback whose {@code iss} names another issuer than the chosen server
 * came from another server (mix-up), whether or not the chosen server advertised
 * {@code iss}; when it did advertise it, a missing {@code iss} is refused too. Either
 * ends the authorization before any token request is made, so neither the code nor the
 * PKCE verifier reaches the chosen server.
 */
class IssuerCheckFilter extends OncePerRequestFilter {

	private final AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests;

	private final SessionClientRegistrationRepository registrations;

	IssuerCheckFilter(AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests,
			SessionClientRegistrationRepository registrations) {
		this.authorizationRequests = authorizationRequests;
		this.registrations = registrations;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.equals(OAuthFlow.CALLBACK_PATH) || request.getParameter("state") == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		OAuth2AuthorizationRequest pending = this.authorizationRequests.loadAuthorizationRequest(request);
		ClientRegistration registration = this.registrations.current();
		if (pending != null && registration != null) {
			Map<String, Object> metadata = registration.getProviderDetails().getConfigurationMetadata();
			Object expected = metadata.get(OAuthFlow.EXPECTED_ISSUER);
			String iss = request.getParameter("iss");
			boolean required = Boolean.TRUE.equals(metadata.get(OAuthFlow.ISS_REQUIRED));
			boolean wrong = (iss != null) ? !ServerProfile.sameIssuer(String.valueOf(expected), iss) : required;
			if (expected != null && wrong) {
				this.authorizationRequests.removeAuthorizationRequest(request, response);
				response.sendRedirect(request.getContextPath() + OAuthFlow.CALLBACK_PATH + "?error="
						+ CallbackError.ISSUER_MISMATCH.code());
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
