package org.tootkey.flow;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wrong account: nothing is shown, posted or changed until the person says "yes, this
 * is my bot"; "no" and a named account that does not match give the key back to the
 * server.
 */
class AccountGuardFlowTests extends FlowTestSupport {

	@Test
	void authorizedWhenLoggedInAsSomeoneElseThenNoKeyAnywhereUntilYes() {
		Hop authorized = authorizeAs("alice");
		assertThat(authorized.body()).contains("Is this your bot?", "@alice@", "data-not-bot");
		String token = this.fake.issuedTokens().get(0);
		assertThat(authorized.body()).doesNotContain(token, "data-credential", "/credentials", "/ready/post");
		Hop early = this.browser.follow(this.browser.submit("/authorized", "/credentials", Map.of()));
		assertThat(early.body()).doesNotContain(token, "data-credential");
		assertThat(this.browser.get("/ready").location()).endsWith("/authorized");
		assertThat(this.fake.statusesPosted()).isEmpty();
	}

	@Test
	void answerWhenNoThenTheKeyIsRevokedAndTryingAgainNeedsNoNewApp() {
		authorizeAs("alice");
		String token = this.fake.issuedTokens().get(0);
		Hop no = this.browser.submit("/authorized", "/authorized", Map.of("answer", "no"));
		assertThat(no.location()).endsWith("/another-account");
		assertThat(this.fake.tokenIsValid(token)).isFalse();
		Hop explained = this.browser.follow(no);
		assertThat(explained.body()).contains("You said @alice@", "private window", "log out");

		// As the page says: log out on the server (here: the server forgets this
		// browser's login).
		java.net.CookieStore jar = this.browser.cookies().getCookieStore();
		jar.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(org.tootkey.fake.FakeMastodon.SESSION_COOKIE))
			.toList()
			.forEach((cookie) -> jar.remove(java.net.URI.create(this.fake.baseUrl()), cookie));

		Hop again = this.browser.follow(this.browser.authorizeOnServer("bot", "password", "approve"));
		assertThat(again.uri().getPath()).isEqualTo("/authorized");
		assertThat(again.body()).contains("@bot@");
		assertThat(this.fake.apps()).hasSize(1);
		Hop credentials = reveal();
		assertThat(credentials.body()).contains("data-credential=\"access_token\"");
	}

	@Test
	void callbackWhenTheNamedAccountIsNotTheOneAuthorizedThenHardStopRevokedAndBothNamed() {
		Hop server = this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl() + "/@bot"));
		assertThat(server.location()).endsWith("/permissions");
		this.browser.submit("/permissions", "/permissions",
				Map.of("preset", "post-text", "appName", "Bot", "website", ""));
		Hop back = this.browser.follow(this.browser.authorizeOnServer("alice", "password", "approve"));
		assertThat(back.uri().getPath()).isEqualTo("/another-account");
		String token = this.fake.issuedTokens().get(0);
		assertThat(this.fake.tokenIsValid(token)).isFalse();
		assertThat(back.body()).contains("You asked for @bot@", "gave the key to @alice@")
			.doesNotContain(token, "data-credential");
		assertThat(this.browser.get("/authorized").location()).endsWith("/authorize");
		assertThat(this.browser.follow(this.browser.submit("/permissions", "/credentials", Map.of())).body())
			.doesNotContain(token, "data-credential");
	}

	@Test
	void callbackWhenTheNamedAccountIsTheOneAuthorizedThenTheQuestionIsAsked() {
		this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl() + "/@Bot"));
		this.browser.submit("/permissions", "/permissions",
				Map.of("preset", "post-text", "appName", "Bot", "website", ""));
		Hop back = this.browser.follow(this.browser.authorizeOnServer("bot", "password", "approve"));
		assertThat(back.uri().getPath()).isEqualTo("/authorized");
		assertThat(this.fake.tokenIsValid(this.fake.issuedTokens().get(0))).isTrue();
	}

}
