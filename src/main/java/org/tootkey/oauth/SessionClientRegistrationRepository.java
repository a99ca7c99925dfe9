package org.tootkey.oauth;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Serves the one OAuth registration of the current visitor, kept in their HTTP session.
 * Registrations do not exist at start-up: each is created after the app is registered on
 * the visitor's server, with a fresh id per attempt. Another visitor's id finds nothing.
 *
 * <p>
 * The session keeps only the registration's values ({@link Stored}, about 150 bytes of
 * heap, its strings shared with the registered app and the cached server profile), not
 * the {@link ClientRegistration} itself (about 1.2 KB with its builder's maps and sets):
 * it is rebuilt when Spring Security asks for it, a few times per journey. Every pending
 * session pays for what it keeps.
 */
class SessionClientRegistrationRepository implements ClientRegistrationRepository {

	static final String ATTRIBUTE = SessionClientRegistrationRepository.class.getName() + ".REGISTRATION";

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		Stored stored = stored();
		return (stored != null && registrationId != null && stored.registrationId().equals(registrationId))
				? stored.toRegistration() : null;
	}

	ClientRegistration current() {
		Stored stored = stored();
		return (stored != null) ? stored.toRegistration() : null;
	}

	void save(ClientRegistration registration) {
		currentSession(true).setAttribute(ATTRIBUTE, Stored.of(registration));
	}

	void remove() {
		HttpSession session = currentSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

	private static Stored stored() {
		HttpSession session = currentSession(false);
		return (session != null && session.getAttribute(ATTRIBUTE) instanceof Stored stored) ? stored : null;
	}

	private static HttpSession currentSession(boolean create) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return servlet.getRequest().getSession(create);
		}
		return null;
	}

	/**
	 * What a registration made by {@link OAuthFlow#begin} consists of, without the maps
	 * and sets a {@link ClientRegistration} builds around it.
	 */
	record Stored(String registrationId, String clientId, String clientSecret, String clientName,
			String clientAuthenticationMethod, String authorizationGrantType, String redirectUri, String[] scopes,
			String authorizationUri, String tokenUri, boolean requireProofKey,
			Map<String, Object> configurationMetadata) implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

		static Stored of(ClientRegistration registration) {
			ClientRegistration.ProviderDetails provider = registration.getProviderDetails();
			Map<String, Object> metadata = new HashMap<>();
			// absent and null read the same; Map.copyOf (a compact map) takes no nulls
			provider.getConfigurationMetadata().forEach((key, value) -> {
				if (value != null) {
					metadata.put(key, value);
				}
			});
			return new Stored(registration.getRegistrationId(), registration.getClientId(),
					registration.getClientSecret(), registration.getClientName(),
					registration.getClientAuthenticationMethod().getValue(),
					registration.getAuthorizationGrantType().getValue(), registration.getRedirectUri(),
					registration.getScopes().toArray(String[]::new), provider.getAuthorizationUri(),
					provider.getTokenUri(), registration.getClientSettings().isRequireProofKey(), Map.copyOf(metadata));
		}

		ClientRegistration toRegistration() {
			return ClientRegistration.withRegistrationId(this.registrationId)
				.clientId(this.clientId)
				.clientSecret(this.clientSecret)
				.clientName(this.clientName)
				.clientAuthenticationMethod(new ClientAuthenticationMethod(this.clientAuthenticationMethod))
				.authorizationGrantType(new AuthorizationGrantType(this.authorizationGrantType))
				.redirectUri(this.redirectUri)
				.scope(this.scopes)
				.authorizationUri(this.authorizationUri)
				.tokenUri(this.tokenUri)
				.clientSettings(
						ClientRegistration.ClientSettings.builder().requireProofKey(this.requireProofKey).build())
				.providerConfigurationMetadata(this.configurationMetadata)
				.build();
		}

		@Override
		public String toString() {
			// never the secret
			return "Stored[" + this.registrationId + "]";
		}

	}

}
