package org.tootkey.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.tootkey.outbound.OutboundException;
import org.tootkey.outbound.OutboundProblem;
import org.tootkey.outbound.OutboundResponse;
import org.tootkey.server.ServerProfile.Registrations;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What each program's answers (hand-written fixtures under {@code fixtures/}, each naming
 * its source) turn into: a profile, or the one plain reason the server can't be used.
 */
class ProfileReaderTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

	private static final Fetched NOT_FOUND_HTML = answer(404, MediaType.TEXT_HTML,
			"<html><body>Not found</body></html>");

	@Test
	void readWhenMastodon45ThenEverythingFromInstanceAndMetadata() {
		ServerProfile profile = read("mastodon.example", fixture("mastodon-4.5-oauth-authorization-server.json"),
				fixture("mastodon-4.5-instance-v2.json"), new NodeInfo("mastodon", "4.5.0", 100L, true));
		assertThat(profile.title()).isEqualTo("Example <b>Social</b>"); // text, escaped
																		// by the page
		assertThat(profile.description()).isEqualTo("The original server operated by the Example gGmbH.");
		assertThat(profile.softwareLine()).isEqualTo("Mastodon 4.5.0");
		assertThat(profile.registrations()).isEqualTo(Registrations.CLOSED);
		assertThat(profile.activeMonth()).isEqualTo(123122L);
		assertThat(profile.rules()).hasSize(2);
		assertThat(profile.thumbnail()).hasScheme("https");
		assertThat(profile.capabilities().fromMetadata()).isTrue();
		assertThat(profile.capabilities().pkce()).isTrue();
		assertThat(profile.capabilities().hasProfileScope()).isTrue();
		assertThat(profile.capabilities().tokenEndpoint()).hasToString("https://mastodon.example/oauth/token");
		assertThat(profile.alwaysGrantedScopes()).isEmpty();
	}

	@Test
	void readWhenMetadataIsMissingThenClassicEndpointsAndScopesWithoutProfile() {
		ServerProfile profile = read("mastodon.example", NOT_FOUND_HTML, fixture("mastodon-4.5-instance-v2.json"),
				new NodeInfo("mastodon", "4.2.13", null, null));
		assertThat(profile.capabilities().fromMetadata()).isFalse();
		assertThat(profile.capabilities().pkce()).isFalse();
		assertThat(profile.capabilities().authorizeEndpoint()).hasToString("https://mastodon.example/oauth/authorize");
		assertThat(profile.capabilities().scopes()).contains("read:accounts", "write:statuses", "follow")
			.doesNotContain("profile");
	}

	@Test
	void readWhenPleromaWithoutNodeInfoThenProgramComesFromTheVersionString() {
		ServerProfile profile = read("pleroma.example", NOT_FOUND_HTML, fixture("pleroma-instance-v1.json"),
				NodeInfo.NONE);
		assertThat(profile.softwareLine()).isEqualTo("Pleroma 2.9.1");
		assertThat(profile.registrations()).isEqualTo(Registrations.APPROVAL_REQUIRED);
		assertThat(profile.thumbnail()).as("http thumbnail on an https server").isNull();
	}

	@Test
	void readWhenAkkomaHasNullFieldsThenStillUsable() {
		ServerProfile profile = read("akkoma.example", NOT_FOUND_HTML, fixture("akkoma-instance-v1.json"),
				NodeInfo.NONE);
		assertThat(profile.softwareLine()).isEqualTo("Akkoma 3.13.2");
		assertThat(profile.description()).isEmpty();
		assertThat(profile.thumbnail()).isNull();
		assertThat(profile.registrations()).isEqualTo(Registrations.CLOSED);
	}

	@Test
	void readWhenGoToSocialThenProfileScopeButNoFollowAndVersionWithoutTheCommit() {
		ServerProfile profile = read("gts.example", NOT_FOUND_HTML, fixture("gotosocial-instance-v2.json"),
				new NodeInfo("gotosocial", "0.19.1 git-ccd5b34", null, true));
		assertThat(profile.softwareLine()).isEqualTo("GoToSocial 0.19.1");
		assertThat(profile.capabilities().scopes()).contains("profile", "write:statuses").doesNotContain("follow");
		assertThat(profile.registrations()).isEqualTo(Registrations.APPROVAL_REQUIRED);
	}

	@Test
	void readWhenIceshrimpLeavesOutTheClosingBracketThenStillNamesTheProgram() {
		ServerProfile profile = read("iceshrimp.example", NOT_FOUND_HTML, fixture("iceshrimp-instance-v1.json"),
				NodeInfo.NONE);
		assertThat(profile.software()).isEqualTo("iceshrimp.net");
		assertThat(profile.version()).isEqualTo("2024.1-beta6");
		assertThat(profile.softwareName()).isEqualTo("Iceshrimp.NET");
		assertThat(profile.thumbnail()).as("javascript: thumbnail").isNull();
		assertThat(profile.capabilities().hasProfileScope()).isFalse();
	}

	@Test
	void readWhenIceshrimpPublishesMetadataWithoutPkceThenNoPkceAndNoProfile() {
		ServerProfile profile = read("iceshrimp.example", fixture("iceshrimp-oauth-authorization-server.json"),
				fixture("iceshrimp-instance-v1.json"), new NodeInfo("iceshrimp", "2024.1-beta6", null, false));
		assertThat(profile.capabilities().fromMetadata()).isTrue();
		assertThat(profile.capabilities().pkce()).isFalse();
		assertThat(profile.capabilities().hasProfileScope()).isFalse();
	}

	@Test
	void readWhenMisskeyPublishesOAuthMetadataThenStillNoMastodonApi() {
		Fetched instance = answer(404, MediaType.APPLICATION_JSON, text("misskey-api-v1-instance-404.json"));
		assertUnusable(
				() -> read("misskey.example", fixture("misskey-oauth-authorization-server.json"), instance,
						new NodeInfo("misskey", "2025.4.1", null, true)),
				"server.error.no-mastodon-api.misskey", "misskey.example", "Misskey");
	}

	@Test
	void readWhenLemmyThenNamedByNodeInfo() {
		assertUnusable(
				() -> read("lemmy.example", NOT_FOUND_HTML, NOT_FOUND_HTML,
						new NodeInfo("lemmy", "0.19.11", null, true)),
				"server.error.no-mastodon-api.lemmy", "lemmy.example", "Lemmy");
	}

	@Test
	void readWhenSiteAnswersEveryAddressWithAPageThenNotJson() {
		Fetched page = answer(200, MediaType.TEXT_HTML, "<!DOCTYPE html><html><body>Welcome</body></html>");
		assertUnusable(() -> read("site.example", page, page, NodeInfo.NONE), "server.error.not-json", "site.example");
	}

	@Test
	void readWhenInstanceIsEmptyObjectThenNotMastodon() {
		Fetched empty = answer(200, MediaType.APPLICATION_JSON, "{}");
		assertUnusable(() -> read("site.example", NOT_FOUND_HTML, empty, NodeInfo.NONE), "server.error.not-mastodon",
				"site.example");
	}

	@Test
	void readWhenRateLimitedThenWaitFromRetryAfterOrRateLimitReset() {
		HttpHeaders retryAfter = new HttpHeaders();
		retryAfter.set("Retry-After", "120");
		assertUnusable(() -> read("busy.example", NOT_FOUND_HTML, answer(429, retryAfter), NodeInfo.NONE),
				"server.error.rate-limited", "busy.example", 2L);
		HttpHeaders reset = new HttpHeaders();
		reset.set("X-RateLimit-Reset", "2026-11-26T12:05:00.000000Z");
		assertUnusable(() -> read("busy.example", NOT_FOUND_HTML, answer(429, reset), NodeInfo.NONE),
				"server.error.rate-limited", "busy.example", 5L);
		assertUnusable(() -> read("busy.example", NOT_FOUND_HTML, answer(429, new HttpHeaders()), NodeInfo.NONE),
				"server.error.rate-limited-unknown", "busy.example");
	}

	@Test
	void readWhenServerFailsOrCannotBeReachedThenEachReasonHasItsOwnKey() {
		assertUnusable(() -> read("down.example", NOT_FOUND_HTML,
				answer(502, MediaType.TEXT_HTML, "<h1>Bad gateway</h1>"), NodeInfo.NONE), "server.error.server-error",
				"down.example");
		for (OutboundProblem problem : new OutboundProblem[] { OutboundProblem.NAME_NOT_FOUND,
				OutboundProblem.CONNECTION_REFUSED, OutboundProblem.TIMEOUT, OutboundProblem.CERTIFICATE }) {
			String key = "server.error." + problem.name().toLowerCase().replace('_', '-');
			assertUnusable(() -> read("down.example", Fetched.failed(problem), Fetched.failed(problem), NodeInfo.NONE),
					key, "down.example");
		}
	}

	@Test
	void classifyWhenTlsFailsThenCertificateProblem() {
		assertThat(OutboundException
			.classify(new RuntimeException(new javax.net.ssl.SSLHandshakeException("PKIX path building failed"))))
			.isEqualTo(OutboundProblem.CERTIFICATE);
	}

	@Test
	void readWhenDescriptionIsLongHtmlThenShortPlainText() {
		String json = "{\"uri\":\"long.example\",\"version\":\"4.5.0\",\"description\":\"<p>" + "word ".repeat(200)
				+ "</p>\"}";
		ServerProfile profile = read("long.example", NOT_FOUND_HTML, answer(200, MediaType.APPLICATION_JSON, json),
				NodeInfo.NONE);
		assertThat(profile.description()).hasSizeLessThanOrEqualTo(300).endsWith("…").doesNotContain("<p>");
	}

	@Test
	void readWhenThumbnailIsHttpsElsewhereThenKeptOtherwiseDropped() {
		assertThat(thumbnail("https://cdn.example.net/t.png")).hasToString("https://cdn.example.net/t.png");
		assertThat(thumbnail("http://cdn.example.net/t.png")).isNull();
		assertThat(thumbnail("data:image/png;base64,AAAA")).isNull();
		assertThat(thumbnail("//cdn.example.net/t.png")).isNull();
		assertThat(thumbnail("not a url")).isNull();
	}

	private static URI thumbnail(String url) {
		String json = "{\"uri\":\"pic.example\",\"version\":\"4.5.0\",\"thumbnail\":\"" + url + "\"}";
		return read("pic.example", NOT_FOUND_HTML, answer(200, MediaType.APPLICATION_JSON, json), NodeInfo.NONE)
			.thumbnail();
	}

	private static void assertUnusable(ThrowingCallable reading, String key, Object... arguments) {
		assertThatExceptionOfType(DiscoveryException.class).isThrownBy(reading).satisfies((ex) -> {
			assertThat(ex.getCodes()[0]).isEqualTo(key);
			assertThat(ex.getArguments()).containsExactly(arguments);
		});
	}

	private static ServerProfile read(String host, Fetched metadata, Fetched instance, NodeInfo nodeInfo) {
		return ProfileReader.read(new ServerAddress("https", host, -1, null), metadata, instance, nodeInfo, CLOCK);
	}

	private static Fetched fixture(String name) {
		return answer(200, MediaType.APPLICATION_JSON, text(name));
	}

	private static String text(String name) {
		try (InputStream in = ProfileReaderTests.class.getResourceAsStream("/fixtures/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Fetched answer(int status, MediaType type, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		return Fetched.of(new OutboundResponse(status, headers, body.getBytes(StandardCharsets.UTF_8)));
	}

	private static Fetched answer(int status, HttpHeaders headers) {
		return Fetched.of(new OutboundResponse(status, headers, new byte[0]));
	}

}
