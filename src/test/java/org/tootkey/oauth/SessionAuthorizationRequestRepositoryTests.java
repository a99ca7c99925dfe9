package org.tootkey.oauth;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pending authorization waits in the session as its values: what Spring Security
 * reads back at the callback must be what it saved, and only for the matching state.
 */
class SessionAuthorizationRequestRepositoryTests {

	private final SessionAuthorizationRequestRepository repository = new SessionAuthorizationRequestRepository();

	private final MockHttpSession session = new MockHttpSession();

	@Test
	void loadWhenTheCallbackCarriesTheStateThenEveryValueSpringSavedComesBack() {
		OAuth2AuthorizationRequest saved = pending(Map.of("registration_id", "r-1", "code_verifier", "v3rifier"));
		this.repository.saveAuthorizationRequest(saved, callback(null), new MockHttpServletResponse());
		OAuth2AuthorizationRequest loaded = this.repository.loadAuthorizationRequest(callback("st4te"));
		assertThat(loaded).isNotNull();
		assertThat(loaded.getState()).isEqualTo("st4te");
		assertThat(loaded.getAuthorizationUri()).isEqualTo(saved.getAuthorizationUri());
		assertThat(loaded.getClientId()).isEqualTo(saved.getClientId());
		assertThat(loaded.getRedirectUri()).isEqualTo(saved.getRedirectUri());
		assertThat(loaded.getScopes()).containsExactlyElementsOf(saved.getScopes());
		assertThat(loaded.getAdditionalParameters()).containsExactlyEntriesOf(saved.getAdditionalParameters());
		assertThat(loaded.getAttributes()).containsExactlyEntriesOf(saved.getAttributes());
		assertThat(loaded.getGrantType()).isEqualTo(saved.getGrantType());
		assertThat(loaded.getAuthorizationRequestUri()).isEqualTo(saved.getAuthorizationRequestUri());
		assertThat(this.session.getAttribute(SessionAuthorizationRequestRepository.ATTRIBUTE))
			.isInstanceOf(SessionAuthorizationRequestRepository.Stored.class);
	}

	@Test
	void loadWhenTheStateDiffersOrIsMissingThenNothingAndRemoveKeepsIt() {
		this.repository.saveAuthorizationRequest(pending(Map.of("registration_id", "r-1")), callback(null),
				new MockHttpServletResponse());
		assertThat(this.repository.loadAuthorizationRequest(callback("other"))).isNull();
		assertThat(this.repository.loadAuthorizationRequest(callback(null))).isNull();
		assertThat(this.repository.removeAuthorizationRequest(callback("other"), new MockHttpServletResponse()))
			.isNull();
		assertThat(this.repository.removeAuthorizationRequest(callback("st4te"), new MockHttpServletResponse()))
			.isNotNull();
		assertThat(this.repository.loadAuthorizationRequest(callback("st4te"))).isNull();
	}

	@Test
	void saveWhenAnAttributeIsNotTextThenTheRequestIsKeptAsItIs() {
		Map<String, Object> attributes = new LinkedHashMap<>(Map.of("registration_id", "r-1"));
		attributes.put("since", 42L);
		OAuth2AuthorizationRequest saved = pending(attributes);
		this.repository.saveAuthorizationRequest(saved, callback(null), new MockHttpServletResponse());
		assertThat(this.repository.loadAuthorizationRequest(callback("st4te"))).isSameAs(saved);
	}

	private MockHttpServletRequest callback(String state) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/callback");
		request.setSession(this.session);
		if (state != null) {
			request.setParameter("state", state);
		}
		return request;
	}

	private static OAuth2AuthorizationRequest pending(Map<String, Object> attributes) {
		return OAuth2AuthorizationRequest.authorizationCode()
			.authorizationUri("https://example.social/oauth/authorize")
			.clientId("abc")
			.redirectUri("https://tootkey.example/callback")
			.scope("write:statuses", "write:media", "profile")
			.state("st4te")
			.additionalParameters((parameters) -> {
				parameters.put("code_challenge", "ch4llenge");
				parameters.put("code_challenge_method", "S256");
				parameters.put("force_login", "true");
				parameters.put("lang", "de");
			})
			.attributes((map) -> map.putAll(attributes))
			.build();
	}

}
