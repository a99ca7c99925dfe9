package org.tootkey.mastodon;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.tootkey.wizard.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links and pictures named by a server: https, or the server's own origin, nothing else.
 */
class SafeUriTests {

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "data:image/png;base64,AAAA", "http://tracker.example/a.png",
			"//evil.example/a.png", "vbscript:x", "file:///etc/passwd", "  javascript:alert(1)", "" })
	void safeUriWhenNotHttpsOrOwnOriginThenDropped(String value) {
		assertThat(MastodonAnswers.safeUri(Fixtures.server(), value)).isNull();
	}

	/**
	 * Issue 11: a picture must not send the visitor's browser to an address on their own
	 * network.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "https://192.168.1.1/router.png", "https://10.0.0.1/a.png", "https://[::1]/a.png",
			"https://[fd00::1]/a.png", "https://169.254.169.254/latest", "https://2130706433/a.png",
			"https://printer.local/a.png", "https://nas/a.png", "https://router.home.arpa/a.png",
			"https://intranet.internal/a.png", "https://localhost/a.png", "https://files.example.social:8443/a.png",
			"https://user:pw@files.example.social/a.png" })
	void safeUriWhenPictureIsOnAnIpLiteralOrAPrivateNameThenDropped(String value) {
		assertThat(MastodonAnswers.safeUri(Fixtures.server(), value)).isNull();
	}

	@Test
	void safeUriWhenHttpsThenKept() {
		assertThat(MastodonAnswers.safeUri(Fixtures.server(), "https://files.example.social/a.png"))
			.isEqualTo(URI.create("https://files.example.social/a.png"));
	}

	@Test
	void reasonWhenServerSendsMarkupThenPlainShortText() {
		var response = new org.tootkey.outbound.OutboundResponse(422, new org.springframework.http.HttpHeaders(),
				("{\"error\":\"<script>x</script>Validation failed: " + "a".repeat(400) + "\"}").getBytes());
		String reason = MastodonAnswers.reason(response);
		assertThat(reason).startsWith("Validation failed").doesNotContain("<script>").hasSizeLessThanOrEqualTo(200);
	}

}
