package org.tootkey.server;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.tootkey.outbound.OutboundResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a server says about itself is untrusted: reduced to text, and its endpoints must
 * be its own.
 */
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
			.satisfies((ex) -> assertThat(ex.getCodes()[0]).isEqualTo("server.error.endpoint-elsewhere"));
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

	@Test
	void readWhenServerSendsHugeListsAndStringsThenTheProfileStaysUnderAFewKilobytes() throws Exception {
		// ~1 MiB each, as a hostile server may send: issue 11 measured ~19 MB of live
		// heap per look-up.
		String huge = "\u00e9".repeat(200_000);
		StringBuilder rules = new StringBuilder();
		for (int i = 0; i < 3_000; i++) {
			rules.append((i == 0) ? "" : ",")
				.append("{\"id\":\"")
				.append(i)
				.append("\",\"text\":\"")
				.append("r".repeat(250))
				.append("\"}");
		}
		StringBuilder scopes = new StringBuilder();
		for (int i = 0; i < 30_000; i++) {
			scopes.append((i == 0) ? "" : ",").append("\"read:x").append(i).append("\"");
		}
		Fetched instance = json("{\"domain\":\"example.social\",\"title\":\"" + huge + "\",\"version\":\"4.5.0"
				+ "v".repeat(100_000) + "\",\"description\":\"" + huge + "\",\"rules\":[" + rules + "],"
				+ "\"thumbnail\":{\"url\":\"https://example.social/" + "p".repeat(100_000) + "\"}}");
		Fetched metadata = json("{\"issuer\":\"https://example.social/\","
				+ "\"authorization_endpoint\":\"https://example.social/oauth/authorize\","
				+ "\"token_endpoint\":\"https://example.social/oauth/token\",\"scopes_supported\":[\"read\",\"write\","
				+ scopes + "],\"code_challenge_methods_supported\":[\"S256\"]}");
		ServerProfile profile = ProfileReader.read(this.server, metadata, instance,
				new NodeInfo("x".repeat(100_000), "y".repeat(100_000), null, null), Clock.systemUTC());
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
			out.writeObject(profile);
		}
		System.out.println("[measure] serialized profile after ~1 MiB hostile answers: " + bytes.size() + " bytes");
		assertThat(bytes.size()).as("serialized size of one profile").isLessThan(6 * 1024);
		assertThat(profile.capabilities().supports("read")).isTrue();
		assertThat(profile.capabilities().pkce()).isTrue();
		assertThat(profile.title()).hasSizeLessThanOrEqualTo(ServerText.MAX_NAME);
		assertThat(profile.rules()).hasSizeLessThanOrEqualTo(ProfileReader.MAX_RULES);
	}

	@Test
	void readWhenThumbnailIsOnAPrivateAddressThenItIsNotShown() {
		for (String url : new String[] { "https://192.168.1.1/t.png", "https://[fe80::1]/t.png",
				"https://nas.local/t.png" }) {
			Fetched instance = json("{\"domain\":\"example.social\",\"title\":\"Ex\",\"version\":\"4.5.0\","
					+ "\"thumbnail\":{\"url\":\"" + url + "\"}}");
			ServerProfile profile = ProfileReader.read(this.server, Fetched.failed(null), instance, NodeInfo.NONE,
					Clock.systemUTC());
			assertThat(profile.thumbnail()).as(url).isNull();
		}
	}

	@Test
	void readWhenTitleCarriesBidiOverridesAndZeroWidthCharactersThenTheyAreGone() {
		Fetched instance = json(
				"{\"domain\":\"example.social\",\"title\":\"Pay\\u202Egnp.exe\\u200B\\u2066x\\u0000\\u001b[31m\","
						+ "\"version\":\"4.5.0\"}");
		ServerProfile profile = ProfileReader.read(this.server, Fetched.failed(null), instance, NodeInfo.NONE,
				Clock.systemUTC());
		assertThat(profile.title()).isEqualTo("Paygnp.exex[31m");
	}

	private static Fetched json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.add("Content-Type", "application/json");
		return Fetched.of(new OutboundResponse(200, headers, body.getBytes(StandardCharsets.UTF_8)));
	}

}
