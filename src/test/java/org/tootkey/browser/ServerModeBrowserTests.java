package org.tootkey.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.tootkey.fake.FakeMastodon;
import org.tootkey.fake.ServerMode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole journey in Chromium against servers that are not Mastodon 4.5: an older
 * Mastodon (no OAuth metadata, no PKCE, no {@code profile}) and GoToSocial (no
 * {@code follow}, client credentials in the token request body). Screenshots go to
 * target/screenshots/, named after the program.
 */
class ServerModeBrowserTests extends BrowserTestSupport {

	private Page page;

	private String prefix;

	@BeforeEach
	void open() {
		this.page = newPage(new Browser.NewContextOptions().setViewportSize(1024, 800).setLocale("en-GB"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			MASTODON_4_2 | Mastodon 4.2.13   | write:statuses write:media read:accounts | Authorize
			GOTOSOCIAL   | GoToSocial 0.19.1 | write:statuses write:media profile        | Allow
			""")
	void journeyWhenServerIsNotMastodon45ThenCredentialsWorkOnIt(ServerMode mode, String software, String scopes,
			String approve) {
		this.prefix = mode.name().toLowerCase().replace('_', '-');
		try (FakeMastodon fake = FakeMastodon.start(mode)) {
			Page page = this.page;
			Journey journey = journey(page).server(fake.baseUrl());

			assertThat(page.getByText("Step 2 of 5")).isVisible();
			assertThat(page.locator(".server-card")).containsText(software);
			assertThat(page.locator(".server-card")).containsText("New accounts: open to everyone");
			page.getByLabel("Post text and images").check();
			assertThat(page.locator("#preset-post-media-hint code")).hasText(scopes);
			shot("01-permissions");
			assertThat(fake.count("POST", "/api/v1/apps")).isZero();
			journey.permissions();

			assertThat(page.locator("h1")).hasText("Log in as your bot, not as yourself");
			// the wizard names the button the server really shows (the fake's word is
			// taken from each program's source, apart from the wizard's own list)
			assertThat(page.locator(".steps-list")).containsText("“" + approve + "”");
			shot("02-authorize");
			journey.authorize().logIn("bot");
			shot("03-server-consent");
			journey.approve(approve);

			assertThat(page.locator("h1")).hasText("Is this your bot?");
			assertThat(page.locator(".scope-list")).containsText("write:media");
			shot("04-authorized");
			journey.yes().reveal();

			assertThat(page.locator("h1")).hasText("Your bot’s keys");
			shot("05-credentials");
			String token = page.locator("[data-credential=access_token]").inputValue();
			assertThat(fake.tokenIsValid(token)).isTrue();
			assertThat(fake.scopesOfToken(token)).hasValue(scopes);
			assertThat(fake.apps()).singleElement()
				.satisfies((app) -> assertThat(page.locator("[data-credential=client_id]").inputValue())
					.isEqualTo(app.clientId()));
		}
	}

	@Test
	void authorizedWhenPixelfedIgnoresTheChosenScopesThenSaysWhatItGaveAndWhenItExpires() {
		this.prefix = "pixelfed";
		try (FakeMastodon fake = FakeMastodon.start(ServerMode.PIXELFED)) {
			Page page = this.page;
			Journey journey = journey(page).server(fake.baseUrl());
			page.locator("input[name=preset][value=post-text]").check();
			journey.permissions().authorize().logIn("bot").approve();

			assertThat(page.locator("h1")).hasText("Is this your bot?");
			assertThat(page.locator("[data-grants-everything]")).containsText("Pixelfed gives every app full access");
			assertThat(page.locator("[data-expires]")).containsText("keys stop working on");
			assertThat(page.locator(".scope-list")).containsText("push");
			shot("01-authorized");
		}
	}

	@Test
	void serverWhenItRunsLemmyThenPlainExplanationAndTheValueKept() {
		this.prefix = "lemmy";
		try (FakeMastodon fake = FakeMastodon.start(ServerMode.LEMMY)) {
			this.page.navigate(url("/server"));
			this.page.getByLabel("Which server is your bot’s account on?").fill(fake.baseUrl());
			this.press(page, "Continue");
			assertThat(this.page.locator(".error-summary")).containsText("runs Lemmy, which has no Mastodon API");
			assertThat(this.page.locator("#server")).hasValue(fake.baseUrl());
			shot("01-server-error");
		}
	}

	private void shot(String name) {
		shot(this.page, this.prefix + "-" + name);
	}

}
