package org.tootkey.oauth;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.stereotype.Component;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tootkey.TootkeyProperties;
import org.tootkey.mastodon.RegisteredApp;
import org.tootkey.server.ServerProfile;

/**
 * The wizard's handle on the OAuth dance: start an authorization for a registered app,
 * pick up the token after the callback, and forget everything.
 */
@Component
public class OAuthFlow {

	/**
	 * Where servers send people back: the OAuth redirect endpoint, registered with each
	 * server as the app's redirect URI and read by Spring Security's code-grant filter
	 * before the wizard's handler sees it. An OAuth endpoint, not a page of the wizard,
	 * so it is defined here.
	 */
	public static final String CALLBACK_PATH = "/callback";

	/**
	 * Spring Security's own endpoint that starts a sign-in (its default base, followed by
	 * the registration id).
	 */
	public static final String AUTHORIZATION_PATH = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
			+ "/";

	static final String EXPECTED_ISSUER = "tootkey.expected-issuer";

	static final String ISS_REQUIRED = "tootkey.iss-required";

	private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("tootkey", "anonymous",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	private final SessionClientRegistrationRepository registrations;

	private final OAuth2AuthorizedClientRepository authorizedClients;

	private final AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests;

	private final TootkeyProperties properties;

	OAuthFlow(SessionClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients,
			AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests,
			TootkeyProperties properties) {
		this.registrations = registrations;
		this.authorizedClients = authorizedClients;
		this.authorizationRequests = authorizationRequests;
		this.properties = properties;
	}

	/**
	 * The absolute callback address for this deployment: {@code tootkey.public-url} when
	 * set, else derived from the request (forwarded headers from a trusted proxy
	 * included).
	 */
	public String callbackUri(HttpServletRequest request) {
		URI publicUrl = this.properties.publicUrl();
		if (publicUrl != null) {
			return publicUrl + CALLBACK_PATH;
		}
		return ServletUriComponentsBuilder.fromContextPath(request).path(CALLBACK_PATH).build().toUriString();
	}

	/**
	 * Prepares the authorization of a freshly registered app and returns the path that
	 * starts it (Spring Security redirects from there to the server, with state and
	 * PKCE).
	 */
	public String begin(ServerProfile server, RegisteredApp app) {
		ServerProfile.Capabilities capabilities = server.capabilities();
		ClientRegistration registration = ClientRegistration.withRegistrationId(UUID.randomUUID().toString())
			.clientId(app.clientId())
			.clientSecret(app.clientSecret())
			.clientName(app.name())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(app.redirectUri())
			.scope(app.scopes())
			.authorizationUri(capabilities.authorizeEndpoint().toString())
			.tokenUri(capabilities.tokenEndpoint().toString())
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			// The issuer is always known (the metadata's, checked against the origin, or
			// the
			// origin): an iss that names anyone else is refused even when the server
			// never
			// said it sends one (RFC 9207 §2.4); a missing iss only when it said so.
			.providerConfigurationMetadata(
					Map.of(EXPECTED_ISSUER, server.expectedIssuer(), ISS_REQUIRED, capabilities.issAdvertised()))
			.build();
		this.registrations.save(registration);
		return AUTHORIZATION_PATH + registration.getRegistrationId();
	}

	/** The path that starts the current authorization again, if there is one. */
	public Optional<String> authorizationPath() {
		ClientRegistration registration = this.registrations.current();
		return Optional.ofNullable(registration).map((r) -> AUTHORIZATION_PATH + r.getRegistrationId());
	}

	/**
	 * Takes the token obtained by the callback out of Spring Security's store, so that
	 * from now on only the caller holds it.
	 */
	public Optional<GrantedToken> takeToken(HttpServletRequest request, HttpServletResponse response) {
		ClientRegistration registration = this.registrations.current();
		if (registration == null) {
			return Optional.empty();
		}
		String id = registration.getRegistrationId();
		OAuth2AuthorizedClient client = this.authorizedClients.loadAuthorizedClient(id, ANONYMOUS, request);
		if (client == null) {
			return Optional.empty();
		}
		this.authorizedClients.removeAuthorizedClient(id, ANONYMOUS, request, response);
		OAuth2AccessToken token = client.getAccessToken();
		// without expires_in Spring makes the token "expire" a second after issue: only a
		// longer lifetime was stated by the server (Pixelfed's tokens do expire)
		Instant expiresAt = (token.getIssuedAt() != null && token.getExpiresAt() != null
				&& token.getExpiresAt().isAfter(token.getIssuedAt().plusSeconds(1))) ? token.getExpiresAt() : null;
		return Optional.of(new GrantedToken(token.getTokenValue(), Set.copyOf(token.getScopes()), expiresAt));
	}

	/**
	 * Forgets the registration, any pending authorization and any token of this visitor.
	 */
	public void forget(HttpServletRequest request, HttpServletResponse response) {
		ClientRegistration registration = this.registrations.current();
		if (registration != null) {
			this.authorizedClients.removeAuthorizedClient(registration.getRegistrationId(), ANONYMOUS, request,
					response);
		}
		this.authorizationRequests.removeAuthorizationRequest(request, response);
		this.registrations.remove();
	}

}
