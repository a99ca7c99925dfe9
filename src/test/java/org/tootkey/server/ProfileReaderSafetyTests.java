package org.tootkey.server;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.tootkey.outbound.OutboundResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What a server says about itself is untrusted: reduced to text, and its endpoints must be its own. */
class ProfileReaderSafetyTests {

	private final ServerAddress server = ServerAddress.parse("example.social", false);

	@Test
	void readWhenDescriptionIsHtmlThenPlainText() {
		Fetched instance = json("""
				{"domain":"example.social","title":"<b>Ex</b>","version":"4.5.0",
				 "description":"<p>Hi <script>alert(1)</script><a href=\\"javascript:alert(2)\\">there</a></p>",
				 "thumbnail":{"url":"javascript:alert(3)"}}
				""");
		ServerProfile profile = ProfileReader.read(this.server, Fetched.failed(null), instance, NodeInfo.NONE,
				Clock.systemUTC());
		assertThat(profile.description()).isEqualTo("Hi there").doesNotContain("<", "javascript");
		assertThat(profile.thumbnail()).isNull();
	}

	@Test
	void readWhenMetadataNamesAnotherHostThenStops() {
		Fetched metadata = json("""
				{"issuer":"https://example.social/","authorization_endpoint":"https://evil.example/oauth/authorize",
				 "token_endpoint":"https://example.social/oauth/token","scopes_supported":["read"]}
				""");
		Fetched instance = json("{\"domain\":\"example.social\",\"title\":\"Ex\",\"version\":\"4.5.0\"}");
		assertThatExceptionOfType(DiscoveryException.class)
			.isThrownBy(() -> ProfileReader.read(this.server, metadata, instance, NodeInfo.NONE, Clock.systemUTC()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("server.error.endpoint-elsewhere"));
	}

	@Test
	void readWhenMetadataAdvertisesIssThenTheWizardMustCheckIt() {
		Fetched metadata = json("""
				{"issuer":"https://example.social/","authorization_endpoint":"https://example.social/oauth/authorize",
				 "token_endpoint":"https://example.social/oauth/token","scopes_supported":["read","profile"],
				 "code_challenge_methods_supported":["S256"],"authorization_response_iss_parameter_supported":true}
				""");
		Fetched instance = json("{\"domain\":\"example.social\",\"title\":\"Ex\",\"version\":\"4.5.0\"}");
		ServerProfile profile = ProfileReader.read(this.server, metadata, instance, NodeInfo.NONE, Clock.systemUTC());
		assertThat(profile.capabilities().issAdvertised()).isTrue();
		assertThat(profile.capabilities().issuer()).isEqualTo("https://example.social/");
		assertThat(profile.capabilities().pkce()).isTrue();
	}

	private static Fetched json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.add("Content-Type", "application/json");
		return Fetched.of(new OutboundResponse(200, headers, body.getBytes(StandardCharsets.UTF_8)));
	}

}
