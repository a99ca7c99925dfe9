package org.tootkey.browser;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;

import org.tootkey.fake.FakeMastodon;
import org.tootkey.fake.ServerMode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsers that are already logged in at the server (issue 10): most people making a bot
 * are logged in there as themselves. Mastodon then goes straight to its consent page for
 * the account logged in, {@code force_login} or not; Iceshrimp.NET offers each logged-in
 * account on a chooser. What the wizard answers to the wrong account is another issue's;
 * here the browser shows what the server shows.
 */
class LoggedInBrowserTests extends BrowserTestSupport {

	private Page page;

	private String prefix;

	@Test
	void authorizeWhenBrowserIsLoggedInAsTheBotThenConsentWithoutLoginAndStraightThrough() {
		open(ServerMode.MASTODON_4_5, "bot");
		this.prefix = "logged-in-bot";
		toServer();

		assertThat(this.page.locator("#account")).hasText("Logged in as @bot");
		assertThat(this.page.locator("#username")).hasCount(0);
		shot("01-server-consent");
		press(this.page, "Authorize");

		assertThat(this.page.locator("h1")).hasText("Is this your bot?");
		assertThat(this.page.locator("[data-account]")).containsText("@bot@");
		assertThat(this.fake.requests()).filteredOn((r) -> r.path().equals("/oauth/authorize"))
			.first()
			.satisfies((r) -> assertThat(r.queryParam("force_login")).isEqualTo("true"));
		shot("02-authorized");
	}

	@Test
	void authorizeWhenBrowserIsLoggedInAsThePersonThenTheServerOffersThatAccount() {
		open(ServerMode.MASTODON_4_5, "alice");
		this.prefix = "logged-in-person";
		toServer();

		assertThat(this.page.locator("#account")).hasText("Logged in as @alice");
		shot("01-server-consent");
		press(this.page, "Authorize");

		assertThat(this.page.locator("h1")).hasText("Is this your bot?");
		assertThat(this.page.locator("[data-account]")).containsText("@alice@");
		String token = this.fake.issuedTokens().get(0);
		assertThat(this.fake.usernameOfToken(token)).hasValue("alice");
		shot("02-authorized");

		// No keys without "Yes": nothing on the page, and "No" gives the key back.
		assertThat(this.page.content()).doesNotContain(token);
		assertThat(this.page.locator("[data-credential], form[action$='/credentials']")).hasCount(0);
		this.page.getByLabel("No, that’s another account").check();
		press(this.page, "Continue");
		assertThat(this.page.locator("h1")).hasText("That key was for another account");
		assertThat(this.fake.tokenIsValid(token)).isFalse();
		assertThat(this.fake.statusesPosted()).isEmpty();
		shot("03-another-account");
	}

	@Test
	void callbackWhenTheBotWasNamedButTheBrowserIsLoggedInAsThePersonThenHardStopAndTheKeyIsRevoked() {
		open(ServerMode.MASTODON_4_5, "alice");
		this.prefix = "logged-in-person-named-bot";
		journey(this.page).toServer(this.fake.baseUrl() + "/@bot");
		assertThat(this.page.locator("#account")).hasText("Logged in as @alice");
		press(this.page, "Authorize");

		assertThat(this.page.locator("h1")).hasText("That key was for another account");
		assertThat(this.page.locator("[data-mismatch]")).containsText("You asked for @bot@");
		assertThat(this.page.locator("[data-mismatch]")).containsText("gave the key to @alice@");
		String token = this.fake.issuedTokens().get(0);
		assertThat(this.fake.tokenIsValid(token)).isFalse();
		assertThat(this.page.content()).doesNotContain(token);
		shot("01-hard-stop");
	}

	@Test
	void authorizeWhenIceshrimpBrowserHasTwoLoginsThenChooserOffersBothAndThePickedOneAuthorizes() {
		open(ServerMode.ICESHRIMP_NET, "alice", "bot");
		this.prefix = "logged-in-chooser";
		toServer();

		assertThat(this.page.locator("#chooser button")).hasText(new String[] { "Log in as @alice", "Log in as @bot" });
		assertThat(this.page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Deny")))
			.hasCount(0);
		shot("01-server-chooser");
		press(this.page, "Log in as @bot");

		assertThat(this.page.locator("h1")).hasText("Is this your bot?");
		assertThat(this.page.locator("[data-account]")).containsText("@bot@");
		shot("02-authorized");
	}

	@Test
	void authorizeWhenBotLoggedInOnceThenTheNextJourneyInTheSameBrowserSkipsTheLogin() {
		open(ServerMode.MASTODON_4_5);
		this.prefix = "logged-in-later";
		toServer();
		journey(this.page).logIn("bot");
		press(this.page, "Authorize");
		assertThat(this.page.locator("h1")).hasText("Is this your bot?");

		toServer();
		assertThat(this.page.locator("#account")).hasText("Logged in as @bot");
		assertThat(this.page.locator("#username")).hasCount(0);
		shot("01-second-consent");
	}

	private void open(ServerMode mode, String... loggedInAs) {
		this.fake = FakeMastodon.start(mode);
		this.page = newPage(new Browser.NewContextOptions().setViewportSize(1024, 800).setLocale("en-GB"));
		if (loggedInAs.length > 0) {
			this.context.addCookies(List
				.of(new Cookie(FakeMastodon.SESSION_COOKIE, this.fake.logInBrowser(loggedInAs)).setDomain("127.0.0.1")
					.setPath("/")));
		}
	}

	/**
	 * Server, permissions (defaults) and authorize pages, ending on the server's own
	 * page.
	 */
	private void toServer() {
		journey(this.page).toServer(this.fake.baseUrl());
	}

	private void shot(String name) {
		shot(this.page, this.prefix + "-" + name);
	}

}
