package org.tootkey.oauth;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.tootkey.TootkeyProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where servers send people back: the public URL when set, else the request's own
 * address.
 */
class CallbackUriTests {

	@Test
	void callbackUriWhenPublicUrlIsSetThenItWinsOverTheRequest() {
		OAuthFlow flow = flow(URI.create("https://tootkey.example.org/"));
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/permissions");
		request.setServerName("10.0.0.5");
		request.setServerPort(8080);
		assertThat(flow.callbackUri(request)).isEqualTo("https://tootkey.example.org/callback");
	}

	@Test
	void callbackUriWhenNoPublicUrlThenDerivedFromTheRequest() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/permissions");
		request.setServerName("localhost");
		request.setServerPort(8080);
		assertThat(flow(null).callbackUri(request)).isEqualTo("http://localhost:8080/callback");
	}

	private static OAuthFlow flow(URI publicUrl) {
		return new OAuthFlow(null, null, null, new TootkeyProperties(publicUrl, false, Duration.ofMinutes(15),
				Duration.ofMinutes(30), Duration.ofMinutes(2)));
	}

}
