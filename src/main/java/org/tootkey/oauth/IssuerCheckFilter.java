package org.tootkey.oauth;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * RFC 9207: when the server advertised {@code authorization_response_iss_parameter_supported},
 * the callback must name that server as its issuer, or the answer may come from another
 * server (mix-up). A missing or different {@code iss} ends the authorization before any
 * token request is made.
 */
class IssuerCheckFilter extends OncePerRequestFilter {

	static final String MISMATCH = "tootkey_issuer_mismatch";

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
			Object expected = registration.getProviderDetails().getConfigurationMetadata().get(OAuthFlow.EXPECTED_ISSUER);
			if (expected != null && !expected.equals(request.getParameter("iss"))) {
				this.authorizationRequests.removeAuthorizationRequest(request, response);
				response.sendRedirect(request.getContextPath() + OAuthFlow.CALLBACK_PATH + "?error=" + MISMATCH);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
