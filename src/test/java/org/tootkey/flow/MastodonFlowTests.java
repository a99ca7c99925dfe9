package org.tootkey.flow;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.tootkey.fake.Fault;
import org.tootkey.fake.RecordedRequest;
import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole journey against a fake Mastodon 4.5, and every way it can go wrong. */
class MastodonFlowTests extends FlowTestSupport {

	@Test
	void journeyWhenEverythingWorksThenShowsCredentialsThatWorkOnTheServer() {
		Hop authorized = authorizeAs("bot");
		assertThat(authorized.uri().getPath()).isEqualTo("/authorized");
		assertThat(authorized.body()).contains("Is this your bot?", "@bot@" + this.fake.hostAndPort());

		Hop credentials = reveal();
		assertThat(credentials.status()).isEqualTo(200);
		String html = credentials.body();
		String token = WizardClient.credential(html, "access_token");
		String clientId = WizardClient.credential(html, "client_id");
		String clientSecret = WizardClient.credential(html, "client_secret");
		assertThat(WizardClient.credential(html, "api_base_url")).isEqualTo(this.fake.baseUrl());
		assertThat(this.fake.tokenIsValid(token)).isTrue();
		assertThat(this.fake.apps()).singleElement().satisfies((app) -> {
			assertThat(app.clientId()).isEqualTo(clientId);
			assertThat(app.clientSecret()).isEqualTo(clientSecret);
			assertThat(app.name()).isEqualTo("Flow bot");
			assertThat(app.redirectUri()).isEqualTo("http://localhost:" + this.port + "/callback");
		});
		assertThat(this.fake.scopesOfToken(token)).hasValue("write:statuses write:media profile");
		assertThat(WizardClient.snippet(html, "env")).contains("MASTODON_ACCESS_TOKEN='" + token + "'");
		assertThat(WizardClient.snippet(html, "mastodon-py")).doesNotContain(token, clientSecret);
		assertThat(credentials.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
	}

	@Test
	void appRegistrationWhenSentThenFormEncodedWithOneRedirectUriAndTheChosenScopes() {
		chooseServerAndRegister("post-text");
		RecordedRequest apps = this.fake.requests()
			.stream()
			.filter((r) -> r.method().equals("POST") && r.path().equals("/api/v1/apps"))
			.findFirst()
			.orElseThrow();
		assertThat(apps.headers().get("Content-type").get(0)).startsWith("application/x-www-form-urlencoded");
		assertThat(apps.body()).contains("client_name=Flow+bot")
			.contains("redirect_uris=" + enc("http://localhost:" + this.port + "/callback"))
			.contains("scopes=write%3Astatuses+profile");
	}

	@Test
	void authorizationRedirectWhenStartedThenCarriesStatePkceScopeAndForceLogin() {
		chooseServerAndRegister("post-media");
		this.browser.authorizeOnServer("bot", "password", "approve");
		RecordedRequest authorize = this.fake.requests()
			.stream()
			.filter((r) -> r.method().equals("GET") && r.path().equals("/oauth/authorize"))
			.findFirst()
			.orElseThrow();
		assertThat(authorize.query()).contains("response_type=code", "state=", "code_challenge=",
				"code_challenge_method=S256", "force_login=true", "lang=en",
				"scope=write:statuses%20write:media%20profile");
	}

	@Test
	void tokenRequestWhenExchangedThenUsesClientSecretPostWithRedirectUriAndVerifier() {
		authorizeAs("bot");
		RecordedRequest token = this.fake.requests()
			.stream()
			.filter((r) -> r.method().equals("POST") && r.path().equals("/oauth/token"))
			.findFirst()
			.orElseThrow();
		assertThat(token.headers().keySet()).noneMatch((h) -> h.equalsIgnoreCase("Authorization"));
		assertThat(token.body()).contains("grant_type=authorization_code", "client_id=", "client_secret=",
				"code_verifier=", "redirect_uri=" + enc("http://localhost:" + this.port + "/callback"));
	}

	@Test
	void callbackWhenServerSaysYesThenOneRequestToTootkeyAnswersWithIsThisYourBot() {
		chooseServerAndRegister("post-media");
		Hop back = this.browser.authorizeOnServer("bot", "password", "approve");
		Hop callback = this.browser.get(back.uri().resolve(back.location()).toString());
		assertThat(callback.uri().getPath()).isEqualTo("/callback");
		assertThat(callback.uri().getQuery()).contains("code=", "state=");
		// Code exchanged and key checked while answering the return itself (issue 16: one
		// request fewer per journey), not via a second visit to a bare /callback.
		assertThat(callback.status()).isEqualTo(302);
		assertThat(URI.create(callback.location()).getPath()).isEqualTo("/authorized");
		assertThat(this.fake.count("POST", "/oauth/token")).isEqualTo(1);
		assertThat(this.fake.count("GET", "/api/v1/accounts/verify_credentials")).isEqualTo(1);
		Hop authorized = this.browser.get(callback.location());
		assertThat(authorized.status()).isEqualTo(200);
		assertThat(authorized.body()).contains("Is this your bot?", "@bot@" + this.fake.hostAndPort());
		assertThat(this.browser.hops()
			.stream()
			.filter((hop) -> hop.uri().getPort() == this.port)
			.filter((hop) -> hop.uri().getPath().equals("/callback"))).hasSize(1);
	}

	@Test
	void callbackWhenTheKeyCannotReadTheAccountThenTheReturnLeadsStraightToVerifyFailedWithTheReason() {
		chooseServerAndRegister("post-media");
		this.fake.fault("/api/v1/accounts/verify_credentials", Fault.RATE_LIMITED);
		Hop back = this.browser.authorizeOnServer("bot", "password", "approve");
		Hop callback = this.browser.get(back.uri().resolve(back.location()).toString());
		assertThat(URI.create(callback.location()).getPath()).isEqualTo("/problem/verify-failed");
		Hop page = this.browser.follow(callback);
		assertThat(page.body()).contains("The key doesn’t work yet", "asks us to slow down");
		assertThat(this.browser.follow(this.browser.get("/authorized")).uri().getPath()).as("no key was kept")
			.isEqualTo("/authorize");
	}

	@Test
	void callbackWhenPersonClicksDenyThenExplainsAndMakesNoTokenRequest() {
		chooseServerAndRegister("post-media");
		Hop back = this.browser.authorizeOnServer("bot", "password", "deny");
		Hop page = this.browser.follow(back);
		assertThat(page.uri().getPath()).isEqualTo("/problem/denied");
		assertThat(page.body()).contains("You chose Deny");
		assertThat(this.fake.count("POST", "/oauth/token")).isZero();
	}

	@Test
	void callbackWhenReplayedThenLinkExpiredAndNoSecondTokenRequest() {
		chooseServerAndRegister("post-media");
		Hop back = this.browser.authorizeOnServer("bot", "password", "approve");
		this.browser.follow(back);
		assertThat(this.fake.count("POST", "/oauth/token")).isEqualTo(1);
		Hop replay = this.browser.follow(this.browser.get(back.uri().resolve(back.location()).toString()));
		assertThat(replay.uri().getPath()).isEqualTo("/problem/link-expired");
		assertThat(this.fake.count("POST", "/oauth/token")).isEqualTo(1);
	}

	@Test
	void callbackWhenOpenedInAnotherBrowserThenLinkExpiredAndNoTokenRequest() {
		chooseServerAndRegister("post-media");
		Hop back = this.browser.authorizeOnServer("bot", "password", "approve");
		WizardClient other = new WizardClient(URI.create("http://localhost:" + this.port));
		Hop page = other.follow(other.get(back.uri().resolve(back.location()).toString()));
		assertThat(page.body()).contains("This link has expired or was already used");
		assertThat(this.fake.count("POST", "/oauth/token")).isZero();
	}

	@Test
	void callbackWhenCodeHasExpiredThenLinkExpiredPage() {
		this.fake.codeLifetime(java.time.Duration.ZERO);
		chooseServerAndRegister("post-media");
		Hop page = this.browser.follow(this.browser.authorizeOnServer("bot", "password", "approve"));
		assertThat(page.uri().getPath()).isEqualTo("/problem/link-expired");
		assertThat(page.body()).doesNotContain("The provided authorization grant is invalid");
	}

	@Test
	void callbackWhenTokenEndpointFailsThenPlainPageWithoutTheServersWords() {
		chooseServerAndRegister("post-media");
		this.fake.fault("/oauth/token", Fault.HTML_ERROR);
		Hop page = this.browser.follow(this.browser.authorizeOnServer("bot", "password", "approve"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.uri().getPath()).startsWith("/problem/");
		assertThat(page.body()).doesNotContain("<html><body>").doesNotContainIgnoringCase("exception");
	}

	@Test
	void callbackWhenTokenEndpointAsksToSlowDownThenSaysSo() {
		chooseServerAndRegister("post-media");
		this.fake.fault("/oauth/token", Fault.RATE_LIMITED);
		Hop page = this.browser.follow(this.browser.authorizeOnServer("bot", "password", "approve"));
		assertThat(page.uri().getPath()).isEqualTo("/problem/server-trouble");
		assertThat(page.body()).contains("asks us to slow down");
	}

	@Test
	void authorizedWhenReachedThenTechnicalDetailsListTheRegistrationAndTheTokenExchangeAtTheCallback() {
		authorizeAs("bot");
		String page = this.browser.get("/authorized").body();
		assertThat(page).contains("data-exchange").contains("/api/v1/apps").contains("/oauth/token");
	}

	@Test
	void credentialsWhenReloadedOrResentThenAlreadyShownAndNothingKept() {
		authorizeAs("bot");
		this.browser.submit("/authorized", "/authorized", Map.of("answer", "yes"));
		String csrf = WizardClient.csrf(this.browser.get("/ready").body());
		Hop first = this.browser.post("/credentials", Map.of("_csrf", csrf));
		assertThat(first.status()).isEqualTo(302);
		assertThat(first.location()).endsWith("/credentials");
		assertThat(first.body()).doesNotContain("data-credential");
		Hop shown = this.browser.follow(first);
		assertThat(shown.body()).contains("data-credential=\"access_token\"");
		Hop reload = this.browser.get("/credentials");
		assertThat(reload.status()).isEqualTo(200);
		assertThat(reload.body()).contains("These credentials were already shown").doesNotContain("data-credential");
		Hop resent = this.browser.follow(this.browser.post("/credentials", Map.of("_csrf", csrf)));
		assertThat(resent.status()).isEqualTo(200);
		assertThat(resent.body()).contains("These credentials were already shown").doesNotContain("data-credential");
		Hop backToTheWizard = this.browser.follow(this.browser.get("/ready"));
		assertThat(backToTheWizard.body()).contains("These credentials were already shown").doesNotContain("First, ");
	}

	@Test
	void languageWhenOnTheLastStepBeforeTheKeysThenChooseNowAndTheKeysPageSaysWhyItHasNoSwitch() {
		authorizeAs("bot");
		this.browser.submit("/authorized", "/authorized", Map.of("answer", "yes"));
		Hop ready = this.browser.get("/ready");
		assertThat(ready.body()).contains("hreflang=\"de\"")
			.contains("data-language-note")
			.contains("Choose your language now: the keys are shown only once.");
		Hop shown = this.browser
			.follow(this.browser.post("/credentials", Map.of("_csrf", WizardClient.csrf(ready.body()))));
		assertThat(shown.body()).contains("data-credential=\"access_token\"")
			.doesNotContain("hreflang=")
			.contains("No language switch here: changing the language would show your keys a second time");
	}

	@Test
	void authorizePageWhenShownThenSaysHowLongTheWizardWaitsAndCarriesItForTheWarning() {
		chooseServerAndRegister("post-text");
		Hop authorize = this.browser.get("/authorize");
		// Defaults: 15 minutes idle, 30 minutes at most; a fresh wizard has the idle
		// limit left.
		assertThat(authorize.body()).contains("Come back within 15 minutes.")
			.containsPattern(
					"data-session-warning[^>]*data-seconds-left=\"(900|89\\d)\"[^>]*data-warn-seconds=\"120\"");
	}

	@Test
	void credentialsWhenOpenedBeforeTheRevealThenNothingToShowYet() {
		authorizeAs("bot");
		Hop early = this.browser.get("/credentials");
		assertThat(early.body()).contains("Nothing to show yet").doesNotContain("already shown", "data-credential");
		assertThat(this.browser.get("/authorized").status()).as("the wizard goes on").isEqualTo(200);
	}

	@Test
	void pagesWhenReachedOutOfOrderThenRedirectToTheRightStepWithAMessage() {
		assertThat(this.browser.submit("/", "/start", Map.of()).status()).isEqualTo(302);
		Hop permissions = this.browser.get("/permissions");
		assertThat(permissions.status()).isEqualTo(302);
		assertThat(permissions.location()).endsWith("/server");
		Hop page = this.browser.follow(permissions);
		assertThat(page.body()).contains("First, tell us which server");
		assertThat(this.browser.get("/authorize").location()).endsWith("/server");
		assertThat(this.browser.get("/authorized").location()).endsWith("/server");
	}

	@Test
	void serverPageWhenServerIsUnreachableThenSamePageWithPlainErrorAndTypedValue() {
		String typed = "http://127.0.0.1:1";
		Hop page = this.browser.submit("/server", "/server", Map.of("server", typed));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Error: Which server", "didn’t answer", "value=\"" + typed + "\"");
	}

	@Test
	void serverPageWhenInstanceAnswersWithErrorsThenServerErrorMessage() {
		this.fake.fault("/api/v2/instance", Fault.HTML_ERROR);
		this.fake.fault("/api/v1/instance", Fault.HTML_ERROR);
		Hop page = this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Error: Which server", "has a problem of its own");
	}

	@Test
	void serverPageWhenInstanceAnswersNonsenseThenSaysItDoesNotAnswerLikeMastodon() {
		this.fake.fault("/api/v2/instance", Fault.MALFORMED_JSON);
		this.fake.fault("/api/v1/instance", Fault.EMPTY_BODY);
		Hop page = this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		assertThat(page.body()).contains("Error: Which server", "runs mastodon, but it didn’t answer the way");
	}

	@Test
	void serverPageWhenLookedUpTwiceThenSecondLookupSendsNoRequest() {
		this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		Hop again = this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		assertThat(again.status()).isEqualTo(302);
		// Counted per probe: NodeInfo, not waited for on Mastodon, may still be arriving.
		assertThat(this.fake.count("GET", "/.well-known/oauth-authorization-server")).isEqualTo(1);
		assertThat(this.fake.count("GET", "/api/v2/instance")).isEqualTo(1);
		assertThat(this.fake.count("GET", "/.well-known/nodeinfo")).isEqualTo(1);
	}

	@Test
	void permissionsWhenServerRejectsTheAppThenShowsItsReasonInPlainWords() {
		this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		Hop page = this.browser.submit("/permissions", "/permissions",
				Map.of("preset", "post-text", "appName", "x".repeat(61), "website", ""));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("60 characters or fewer").contains("value=\"" + "x".repeat(61) + "\"");
		this.fake.fault("/api/v1/apps", Fault.RATE_LIMITED);
		Hop limited = this.browser.submit("/permissions", "/permissions",
				Map.of("preset", "post-text", "appName", "Bot", "website", ""));
		assertThat(limited.body()).contains("that limit is reached", "Try again in 1 minutes (at ",
				"Getting a group started?");
	}

	@Test
	void sessionWhenAppIsRegisteredThenSessionIdChanges() {
		this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		String before = this.browser.sessionId();
		this.browser.submit("/permissions", "/permissions",
				Map.of("preset", "post-text", "appName", "Bot", "website", ""));
		assertThat(this.browser.sessionId()).isNotNull().isNotEqualTo(before);
	}

	@Test
	void firstPostWhenSentAfterYesThenAppearsOnTheServer() {
		authorizeAs("bot");
		this.browser.submit("/authorized", "/authorized", Map.of("answer", "yes"));
		Hop posted = this.browser.submit("/ready", "/ready/post",
				Map.of("text", "howdy universe!", "visibility", "private"));
		assertThat(posted.status()).isEqualTo(302);
		assertThat(this.fake.statusesPosted()).containsExactly("howdy universe!");
		assertThat(this.browser.follow(posted).body()).contains("Your first post is out");
	}

	@Test
	void markAsBotWhenTickedOnThePermissionsPageThenOnlyThatScopeIsAddedAndTheFlagIsSetBeforeTheReveal() {
		this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		this.browser.submit("/permissions", "/permissions",
				Map.of("preset", "post-text", "appName", "Bot", "website", "", "markBot", "true"));
		this.browser.follow(this.browser.authorizeOnServer("alice", "password", "approve"));
		String token = this.fake.issuedTokens().get(0);
		assertThat(this.fake.scopesOfToken(token)).hasValue("write:statuses profile write:accounts");
		this.browser.submit("/authorized", "/authorized", Map.of("answer", "yes"));
		Hop ready = this.browser.get("/ready");
		assertThat(ready.body()).contains("Mark as a bot");
		this.browser.submit("/ready", "/ready/bot", Map.of());
		assertThat(this.fake.accountIsBot("alice")).isTrue();
		assertThat(this.browser.get("/ready").body()).contains("data-bot-flag");
	}

	private static String enc(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
