package org.tootkey.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.tootkey.fake.Connections;
import org.tootkey.fake.FakeMastodon;
import org.tootkey.fake.StoredApp;
import org.tootkey.fake.ServerMode;
import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole journey against every server program the fake imitates: those with the
 * Mastodon API end with credentials that work on the server, the others on their own
 * plain explanation.
 */
class ServerModeFlowTests extends FlowTestSupport {

	private static final Pattern PRESET = Pattern.compile("name=\"preset\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern SCOPE = Pattern.compile("name=\"scopes\"[^>]*value=\"([^\"]+)\"");

	@ParameterizedTest(name = "{0}")
	@EnumSource(value = ServerMode.class, names = { "MISSKEY", "LEMMY", "PEERTUBE", "PLAIN_WEBSITE" },
			mode = EnumSource.Mode.EXCLUDE)
	void journeyWhenServerHasTheMastodonApiThenCredentialsWorkOnIt(ServerMode mode) {
		use(mode);
		Hop authorized = authorizeAs("bot");
		assertThat(authorized.uri().getPath()).as(authorized.body()).isEqualTo("/authorized");
		assertThat(authorized.body()).contains("Is this your bot?", "@bot@" + this.fake.hostAndPort());

		Hop credentials = reveal();
		String html = credentials.body();
		String token = WizardClient.credential(html, "access_token");
		assertThat(this.fake.tokenIsValid(token)).isTrue();
		assertThat(WizardClient.credential(html, "client_id")).isEqualTo(this.fake.apps().get(0).clientId());
		assertThat(WizardClient.credential(html, "api_base_url")).isEqualTo(this.fake.baseUrl());
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(value = ServerMode.class, names = { "MISSKEY", "LEMMY", "PEERTUBE", "PLAIN_WEBSITE" },
			mode = EnumSource.Mode.EXCLUDE)
	void permissionsWhenServerHasTheMastodonApiThenEveryOfferedPresetRegisters(ServerMode mode) {
		use(mode);
		this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		String page = this.browser.get("/permissions").body();
		List<String> presets = all(PRESET, page);
		List<String> offeredScopes = all(SCOPE, page);
		assertThat(presets).contains("post-text", "post-media", "read-only", "custom");
		for (String preset : presets) {
			Map<String, String> form = new LinkedHashMap<>(
					Map.of("preset", preset, "appName", "Bot " + preset, "website", "https://bot.example.org/"));
			Hop registered = (preset.equals("custom")) ? submitWithScopes(form, offeredScopes)
					: this.browser.submit("/permissions", "/permissions", form);
			assertThat(registered.status()).as(preset + " on " + mode + ":\n" + registered.body()).isEqualTo(302);
			StoredApp app = this.fake.apps().get(this.fake.apps().size() - 1);
			List<String> kept = List.of(app.scopes().split(" "));
			if (mode.grantedScopes() != ServerMode.GrantedScopes.FIXED) {
				assertThat(kept).as("scopes kept by " + mode + " for " + preset).containsAll(lastRequestedScopes());
			}
			this.browser.get("/permissions");
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					MISSKEY       | runs Misskey, which has no Mastodon API, so Tootkey can’t help there. Misskey makes tokens itself: log in as the bot on 127.0.0.1, then Settings → API
					LEMMY         | runs Lemmy, which has no Mastodon API, so Tootkey can’t help there. Lemmy bots log in
					PEERTUBE      | runs PeerTube, which has no Mastodon API, so Tootkey can’t help there. PeerTube gives a token
					PLAIN_WEBSITE | doesn’t seem to offer the Mastodon API that bots use
					""")
	void serverWhenProgramHasNoMastodonApiThenSaysSoPlainly(ServerMode mode, String message) {
		use(mode);
		Hop page = this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Error: Which server",
				this.fake.hostAndPort() + " " + message.replace("127.0.0.1", this.fake.hostAndPort()),
				"value=\"" + this.fake.baseUrl() + "\"");
		assertThat(this.fake.count("POST", "/api/v1/apps")).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			MASTODON_4_5  | Mastodon 4.5.0
			MASTODON_4_2  | Mastodon 4.2.13
			MASTODON_3_5  | Mastodon 3.5.19
			PLEROMA       | Pleroma 2.9.1
			AKKOMA        | Akkoma 3.13.2
			GOTOSOCIAL    | GoToSocial 0.19.1
			FRIENDICA     | Friendica 2024.12
			PIXELFED      | Pixelfed 0.12.4
			ICESHRIMP_NET | Iceshrimp.NET 2024.1-beta6
			SHARKEY       | Sharkey 2025.2.2
			""")
	void permissionsWhenServerIsKnownThenPreviewNamesItsProgramAndVersion(ServerMode mode, String software) {
		use(mode);
		this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		assertThat(this.browser.get("/permissions").body()).contains("Fake Social", software, "New accounts: open");
		assertThat(this.fake.count("POST", "/api/v1/apps")).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(value = ServerMode.class, names = { "MISSKEY", "LEMMY", "PEERTUBE", "PLAIN_WEBSITE" },
			mode = EnumSource.Mode.EXCLUDE)
	void authorizeWhenPersonClicksDenyThenExplainedHereOrOnTheAuthorizePage(ServerMode mode) {
		use(mode);
		chooseServerAndRegister("post-text");
		assertThat(this.browser.get("/authorize").body())
			.contains("Some servers don’t send you back if you click “Deny”");
		Hop back = this.browser.authorizeOnServer("bot", "password", "deny");
		if (mode.redirectsOnDeny()) {
			Hop page = this.browser.follow(back);
			assertThat(page.uri().getPath()).isEqualTo("/problem/denied");
			assertThat(page.body()).contains("You chose Deny");
		}
		else {
			// the server keeps the person on its own page; coming back to the wizard
			// works
			assertThat(back.status()).isEqualTo(200);
			Hop again = this.browser.follow(this.browser.authorizeOnServer("bot", "password", "approve"));
			assertThat(again.uri().getPath()).isEqualTo("/authorized");
		}
		assertThat(this.fake.count("POST", "/oauth/token")).isEqualTo(mode.redirectsOnDeny() ? 0 : 1);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(value = ServerMode.class, names = { "PIXELFED", "SHARKEY" })
	void authorizedWhenServerIgnoresTheChosenScopesThenShowsWhatItReallyGranted(ServerMode mode) {
		use(mode);
		Hop authorized = authorizeAs("bot");
		String token = this.fake.issuedTokens().get(0);
		assertThat(this.fake.scopesOfToken(token)).hasValue("read write follow push");
		assertThat(authorized.body()).contains("data-grants-everything", "gives every app full access to the account",
				"<code class=\"scopes\">follow</code>", "<code class=\"scopes\">push</code>");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			MASTODON_4_5  | write:statuses profile
			MASTODON_4_2  | write:statuses read:accounts
			GOTOSOCIAL    | write:statuses profile
			ICESHRIMP_NET | write:statuses read:accounts
			SHARKEY       | write read
			PLEROMA       | write:statuses read:accounts
			""")
	void permissionsWhenServerIsKnownThenAsksOnlyForScopesItAccepts(ServerMode mode, String scopes) {
		use(mode);
		chooseServerAndRegister("post-text");
		var apps = this.fake.requests()
			.stream()
			.filter((r) -> r.method().equals("POST") && r.path().equals("/api/v1/apps"))
			.toList();
		assertThat(apps.get(apps.size() - 1).formParam("scopes")).isEqualTo(scopes);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(value = ServerMode.class, names = { "MISSKEY", "LEMMY", "PEERTUBE", "PLAIN_WEBSITE" },
			mode = EnumSource.Mode.EXCLUDE)
	void authorizedWhenServerSaysTheKeyExpiresThenSaysWhen(ServerMode mode) {
		use(mode);
		Hop authorized = authorizeAs("bot");
		if (mode.tokenExpires()) {
			String year = String
				.valueOf(java.time.Instant.now().plus(mode.tokenLifetime()).atZone(java.time.ZoneOffset.UTC).getYear());
			assertThat(authorized.body()).contains("data-expires", "keys stop working on", year);
		}
		else {
			assertThat(authorized.body()).doesNotContain("data-expires");
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			MASTODON_4_5  | click “Authorize” | email and password    | /oauth/authorized_applications
			GOTOSOCIAL    | click “Allow”     | email and password    | /settings/user/tokens
			ICESHRIMP_NET | click “Submit”    | username and password | -
			FRIENDICA     | click “Yes”       | username and password | /settings/oauth
			PIXELFED      | click “Authorize” | email and password    | /settings/applications
			AKKOMA        | click “Approve”   | username and password | -
			SHARKEY       | click “Accept”    | username and password | /settings/apps
			""")
	void authorizeWhenProgramIsKnownThenItsOwnWordsAndOnTheCredentialsPageItsOwnRevokePage(ServerMode mode,
			String button, String login, String revokePath) {
		use(mode);
		chooseServerAndRegister("post-text");
		String authorize = this.browser.get("/authorize").body();
		assertThat(authorize).contains(button, login).doesNotContain("log in again");
		assertThat(authorize.contains("data-chooser")).isEqualTo(mode == ServerMode.ICESHRIMP_NET);
		Hop back = this.browser.authorizeOnServer("bot", "password", "approve");
		this.browser.follow(back);
		String credentials = reveal().body();
		if (revokePath.equals("-")) {
			assertThat(credentials).contains("You can cancel the app later in the account’s settings");
		}
		else {
			assertThat(credentials).contains("href=\"" + this.fake.baseUrl() + revokePath + "\"");
		}
	}

	private Hop submitWithScopes(Map<String, String> form, List<String> scopes) {
		Hop shown = this.browser.get("/permissions");
		StringBuilder body = new StringBuilder();
		form.put("_csrf", WizardClient.csrf(shown.body()));
		List<String> pairs = new ArrayList<>();
		form.forEach((k, v) -> pairs.add(enc(k) + "=" + enc(v)));
		scopes.forEach((s) -> pairs.add("scopes=" + enc(s)));
		body.append(String.join("&", pairs));
		java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
			.cookieHandler(this.browser.cookies())
			.build();
		try {
			java.net.http.HttpResponse<String> response = http.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/permissions"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString()))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			return new Hop("POST", response.uri(), response.statusCode(),
					response.headers().firstValue("Location").orElse(null), response.body(), response.headers());
		}
		catch (java.io.IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Set<String> lastRequestedScopes() {
		var apps = this.fake.requests()
			.stream()
			.filter((r) -> r.method().equals("POST") && r.path().equals("/api/v1/apps"))
			.toList();
		String body = apps.get(apps.size() - 1).body();
		Matcher m = Pattern.compile("(?:^|&)scopes=([^&]*)").matcher(body);
		assertThat(m.find()).isTrue();
		return Set.of(java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8).split(" "));
	}

	/**
	 * How the fake treats connections; {@link ServerModeClosedConnectionsFlowTests} runs
	 * all of this again.
	 */
	Connections connections() {
		return Connections.KEEP_ALIVE;
	}

	private void use(ServerMode mode) {
		this.fake.close();
		this.fake = FakeMastodon.start(mode, connections());
	}

	private static List<String> all(Pattern pattern, String html) {
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(html);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static String enc(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
