package org.tootkey.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;
import org.tootkey.fake.FakeMastodon;
import org.tootkey.fake.ServerMode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard warns before its session runs out on every page, not only before the server
 * (issue 13, item 5): a short lifetime and a long warning lead make the warning show
 * within seconds on the permissions, authorize, "Is this your bot?" and ready pages. The
 * warning is a polite live region that leaves focus where it was, says what to do, and
 * says so when the time is up; what the person clicks then gets the "session ended" page,
 * never keys.
 */
@TestPropertySource(properties = { "tootkey.session-lifetime=45s", "tootkey.session-warning=40s" })
class SessionWarningBrowserTests extends BrowserTestSupport {

	private static final String SOON = "Less than 1 minute left: carry on now. After that, Tootkey forgets this setup and you start again.";

	private static final LocatorAssertions.IsVisibleOptions WITHIN_20_S = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(20_000);

	private Page page;

	@Test
	void everyWizardPageWhenTheSessionIsAboutToRunOutThenWarnsWithoutTakingFocusAndSaysSoWhenItHas() {
		this.fake = FakeMastodon.start(ServerMode.MASTODON_4_5);
		this.page = newPage(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
		Journey journey = journey(this.page).open("/server");
		// the server page carries the warning too, silent for now
		assertThat(this.page.locator("[data-session-soon]")).isHidden();
		journey.typeServer(this.fake.baseUrl());

		// Permissions: the person is typing when the warning comes; it does not take the
		// focus.
		Locator appName = this.page.locator("#appName");
		appName.focus();
		Locator soon = this.page.locator("[data-session-soon]");
		assertThat(soon).isVisible(WITHIN_20_S);
		assertThat(soon).hasText(SOON);
		assertThat(this.page.locator("[data-session-warning]")).hasAttribute("role", "status");
		assertThat(appName).isFocused();
		shots("01-permissions");
		journey.permissions();

		assertThat(this.page.locator("h1")).hasText("Log in as your bot, not as yourself");
		assertThat(soon).isVisible(WITHIN_20_S);
		shots("02-authorize");
		journey.authorize().logIn("bot").approve();

		assertThat(this.page.locator("h1")).hasText("Is this your bot?");
		assertThat(soon).isVisible(WITHIN_20_S);
		shots("03-authorized");
		journey.yes();

		Locator ended = this.page.locator("[data-session-ended]");
		assertThat(ended).isHidden();
		assertThat(soon).isVisible(WITHIN_20_S);
		shots("04-ready");

		// The time is up: the page says so, with the way to start again.
		assertThat(ended).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
		assertThat(soon).isHidden();
		assertThat(ended).containsText("Time’s up: Tootkey has forgotten this setup");
		assertThat(ended.getByRole(com.microsoft.playwright.options.AriaRole.LINK)).hasText("Start again");
		shots("05-ended");

		String token = this.fake.issuedTokens().get(0);
		press(this.page, "I understand — show my credentials");
		assertThat(this.page.locator("h1")).hasText("Your session has ended");
		assertThat(this.page.content()).doesNotContain(token);
		assertThat(this.page.locator("[data-credential]")).hasCount(0);
		shots("06-after-the-end");
	}

	/** At 1280 and 375 px. */
	private void shots(String name) {
		shot(name + "-1280");
		this.page.setViewportSize(375, 800);
		shot(name + "-375");
		this.page.setViewportSize(1280, 900);
	}

	private void shot(String name) {
		shot(this.page, "session-warning-" + name);
	}

}
