package org.tootkey.flow;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.tootkey.fake.FakeMastodon;
import org.tootkey.fake.FakeMastodon.Key;
import org.tootkey.fake.RecordedRequest;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Check a key" against the fake Mastodon over real HTTP: keys that work, were revoked,
 * expired, belong to an app or to another server; revoking with and without the app's
 * client ID and secret; and bad input, which never reaches the server.
 */
class KeyCheckFlowTests extends FlowTestSupport {

	private static final Pattern SEALED = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");

	@Test
	void checkWhenUserKeyWorksThenNamesAccountAppPermissionsAndExpiryAndKeepsNothingInThePage() {
		Key key = this.fake.issueKey("bot", "Weather bot", "https://weather-bot.social/", "profile write:statuses");
		Hop answer = check(key.accessToken(), null, null);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((v) -> assertThat(v).contains("no-store"));
		assertThat(answer.body()).contains("data-verdict=\"works\"")
			.contains("@bot@127.0.0.1")
			.contains("Howdy Bot")
			.contains("Made for the app “Weather bot”.")
			.contains("href=\"https://weather-bot.social/\"")
			.contains("Write and delete posts")
			.contains("See which account it is")
			.contains("Upload pictures, video and sound")
			.contains("The server says this key never expires.")
			.contains("It was made on")
			.doesNotContain(key.accessToken());
		assertThat(this.fake.count("GET", "/api/v1/accounts/verify_credentials")).isEqualTo(1);
		assertThat(this.fake.count("GET", "/api/v1/apps/verify_credentials")).isEqualTo(1);
		assertThat(this.fake.count("GET", "/oauth/token/info")).isEqualTo(1);
		assertThat(this.fake.count("POST", "/oauth/revoke")).isZero();
		assertThat(this.fake.tokenIsValid(key.accessToken())).isTrue();
		assertThat(this.browser.hops()).allSatisfy((hop) -> {
			assertThat(hop.uri().toString()).doesNotContain(key.accessToken());
			assertThat(String.valueOf(hop.location())).doesNotContain(key.accessToken());
			assertThat(hop.headers().allValues("Set-Cookie")).noneMatch((c) -> c.contains(key.accessToken()));
		});
	}

	@Test
	void checkWhenAppNameAndWebsiteAreHostileThenPlainTextAndNoLink() {
		Key key = this.fake.issueKey("bot", "<img src=x onerror=alert(1)>Evil <b>bot</b>", "javascript:alert(1)",
				"profile");
		Hop answer = check(key.accessToken(), null, null);
		// The technical details show the server's answer as escaped text; nowhere is it
		// markup or a link.
		assertThat(answer.body()).contains("Made for the app “Evil bot”.")
			.doesNotContain("<img src=x")
			.doesNotContain("<b>bot")
			.doesNotContain("href=\"javascript:")
			.doesNotContain("The app’s website");
	}

	@Test
	void checkWhenServerIsGivenAsAnotherAccountsProfileLinkThenFoundAndTheOtherAccountIsFlagged() {
		Key key = this.fake.issueKey("bot", "Weather bot", null, "profile");
		Map<String, String> fields = form(this.fake.baseUrl() + "/@alice", key.accessToken());
		Hop answer = this.browser.submit("/check", "/check", fields);
		assertThat(answer.body()).contains("data-verdict=\"works\"")
			.contains("@bot@127.0.0.1")
			.contains("You asked about @alice, but this key acts for the account above.");
	}

	@Test
	void checkWhenKeyWasRevokedThenSaysSoAfterOneQuestion() {
		Key key = this.fake.issueKey("bot", "Old bot", null, "read write");
		this.fake.revokeToken(key.accessToken());
		Hop answer = check(key.accessToken(), null, null);
		assertThat(answer.body()).contains("data-verdict=\"revoked\"")
			.contains("This key was revoked")
			.contains("Get a new key")
			.doesNotContain("Revoke this key");
		assertThat(this.fake.count("GET", "/api/v1/apps/verify_credentials")).isZero();
	}

	@Test
	void checkWhenKeyHasExpiredThenSaysSo() {
		Key key = this.fake.issueKey("bot", "Old bot", null, "read", Duration.ofSeconds(-60));
		Hop answer = check(key.accessToken(), null, null);
		assertThat(answer.body()).contains("data-verdict=\"expired\"").contains("This key has expired");
	}

	@Test
	void checkWhenKeyIsAnAppsNotAnAccountsThenSaysItCannotActAsAnyone() throws Exception {
		String appToken = clientCredentialsToken();
		Hop answer = check(appToken, null, null);
		assertThat(answer.body()).contains("data-verdict=\"app-only\"")
			.contains("This key is not for an account")
			.contains("Made for the app “Script”.")
			.doesNotContain("data-account");
	}

	@Test
	void checkWhenKeyIsFromAnotherServerThenThisServerDoesNotKnowIt() {
		try (FakeMastodon other = FakeMastodon.start()) {
			Key key = other.issueKey("bot", "Elsewhere", null, "read");
			Hop answer = check(key.accessToken(), null, null);
			assertThat(answer.body()).contains("data-verdict=\"unknown-here\"")
				.contains("This server doesn’t know this key")
				.contains("A key works only on the server where it was made");
			assertThat(other.requestCount()).isZero();
		}
	}

	@Test
	void revokeWhenClientIdAndSecretAreGivenThenRevokedAndCheckedAgain() {
		Key key = this.fake.issueKey("bot", "Leaky bot", null, "profile write:statuses");
		Hop answer = check(key.accessToken(), key.clientId(), key.clientSecret());
		assertThat(answer.body()).contains("Revoke this key")
			.doesNotContain(key.accessToken())
			.doesNotContain(key.clientSecret());

		Hop revoked = revokeFrom(answer);
		assertThat(revoked.status()).isEqualTo(200);
		assertThat(revoked.body()).contains("Revoked. We checked again: the server no longer accepts this key.")
			.contains("data-verdict=\"revoked\"")
			.doesNotContain(key.accessToken());
		assertThat(this.fake.tokenIsValid(key.accessToken())).isFalse();
		RecordedRequest revoke = this.fake.requests()
			.stream()
			.filter((r) -> r.path().equals("/oauth/revoke"))
			.findFirst()
			.orElseThrow();
		assertThat(revoke.formParam("client_id")).isEqualTo(key.clientId());
		assertThat(revoke.formParam("client_secret")).isEqualTo(key.clientSecret());
		assertThat(revoke.formParam("token")).isEqualTo(key.accessToken());
		// Checked again after revoking: the second look-up got the 401.
		assertThat(this.fake.count("GET", "/api/v1/accounts/verify_credentials")).isEqualTo(2);
		assertThat(revoked.body()).as("nothing left to revoke, so no sealed key in the page")
			.doesNotContain("name=\"key\"");
	}

	@Test
	void revokeWhenNoClientIdAndSecretThenSaysWhereToRevokeItOnTheServer() {
		Key key = this.fake.issueKey("bot", "Leaky bot", null, "profile write:statuses");
		Hop answer = check(key.accessToken(), null, null);
		assertThat(answer.body()).doesNotContain("/check/revoke")
			.contains("href=\"" + this.fake.baseUrl() + "/oauth/authorized_applications\"")
			.contains("href=\"" + this.fake.baseUrl() + "/settings/applications\"")
			.contains("press “Revoke” next to “Leaky bot”");
		assertThat(this.fake.count("POST", "/oauth/revoke")).isZero();
		assertThat(this.fake.tokenIsValid(key.accessToken())).isTrue();
	}

	@Test
	void revokeWhenClientIdAndSecretAreAnotherAppsThenServerRefusesAndTheKeyStillWorks() {
		Key key = this.fake.issueKey("bot", "Leaky bot", null, "profile write:statuses");
		Key other = this.fake.issueKey("bot", "Another bot", null, "profile");
		Hop answer = check(key.accessToken(), other.clientId(), other.clientSecret());
		assertThat(answer.body()).contains("The client ID you gave belongs to another app");
		Hop refused = revokeFrom(answer);
		assertThat(refused.body()).contains("The server refused to revoke the key")
			.contains("data-verdict=\"works\"")
			.contains("/oauth/authorized_applications");
		assertThat(this.fake.tokenIsValid(key.accessToken())).isTrue();
	}

	@Test
	void checkWhenInputIsBadThenPlainPageAndNoCallToAnyServer() {
		this.fake.clearRequests();
		for (Map<String, String> bad : new Map[] { form(this.fake.baseUrl(), "has space inside"),
				form(this.fake.baseUrl(), "semi;colon"), form(this.fake.baseUrl(), ""), form("", "abc"),
				form("https://user:pw@" + this.fake.hostAndPort(), "abc") }) {
			Hop page = this.browser.submit("/check", "/check", bad);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).contains("There is a problem").doesNotContain("data-verdict");
		}
		assertThat(this.fake.requestCount()).isZero();
	}

	private Hop check(String token, String clientId, String clientSecret) {
		Map<String, String> fields = form(this.fake.baseUrl(), token);
		if (clientId != null) {
			fields.put("clientId", clientId);
			fields.put("clientSecret", clientSecret);
		}
		return this.browser.submit("/check", "/check", fields);
	}

	private Hop revokeFrom(Hop answer) {
		return this.browser.post("/check/revoke", Map.of("_csrf", csrf(answer.body()), "key", sealed(answer)));
	}

	private static Map<String, String> form(String server, String token) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("server", server);
		fields.put("token", token);
		return fields;
	}

	private static String sealed(Hop answer) {
		Matcher matcher = SEALED.matcher(answer.body());
		assertThat(matcher.find()).as("a revoke form on the answer page").isTrue();
		return matcher.group(1);
	}

	private static String csrf(String body) {
		Matcher matcher = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(body);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	/**
	 * An app-only key, the way a script gets one: register an app, then the
	 * client_credentials grant.
	 */
	private String clientCredentialsToken() throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		String app = http
			.send(form("/api/v1/apps", Map.of("client_name", "Script", "redirect_uris", "urn:ietf:wg:oauth:2.0:oob",
					"scopes", "read write:statuses")), HttpResponse.BodyHandlers.ofString())
			.body();
		String token = http
			.send(form("/oauth/token",
					Map.of("grant_type", "client_credentials", "client_id", field(app, "client_id"), "client_secret",
							field(app, "client_secret"), "scope", "read")),
					HttpResponse.BodyHandlers.ofString())
			.body();
		return field(token, "access_token");
	}

	private HttpRequest form(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(URI.create(this.fake.baseUrl() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		assertThat(matcher.find()).as(name + " in " + json).isTrue();
		return matcher.group(1);
	}

}
