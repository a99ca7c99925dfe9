package org.tootkey.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tootkey.fake.FakeMastodon;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's whole journey in a real browser (Debian's Chromium), including the fake
 * server's own login and consent page. Screenshots of every step go to target/screenshots/.
 */
class BrowserJourneyTests extends BrowserTestSupport {

	private FakeMastodon fake;

	private BrowserContext context;

	private Page page;

	@BeforeEach
	void open() {
		this.fake = FakeMastodon.start();
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 800)
			.setLocale("en-GB"));
		this.page = this.context.newPage();
	}

	@AfterEach
	void shut() {
		this.context.close();
		this.fake.close();
	}

	@Test
	void journeyWhenPersonApprovesThenCredentialsWorkAndAreShownOnce() {
		Page page = this.page;
		page.navigate("http://localhost:" + this.port + "/");
		assertThat(page).hasTitle(Pattern.compile("Get the keys your Mastodon bot needs"));
		shot("01-start");
		press(page, "Start now");

		assertThat(page.getByText("Step 1 of 4")).isVisible();
		page.getByLabel("Which server is your bot’s account on?").fill(this.fake.baseUrl());
		shot("02-server");
		press(page, "Continue");

		assertThat(page.getByText("Step 2 of 4")).isVisible();
		assertThat(page.locator(".server-card")).containsText("Fake Social");
		shot("03-permissions");
		press(page, "Continue");

		assertThat(page.getByText("Step 3 of 4")).isVisible();
		assertThat(page.locator("h1")).hasText("Log in as your bot, not as yourself");
		shot("04-authorize");
		press(page, Pattern.compile("^Continue to"));

		fillServerLogin(page);
		shot("05-server-consent");
		press(page, "Authorize");

		assertThat(page.locator("h1")).hasText("Is this your bot?");
		assertThat(page.locator("[data-account]")).containsText("@bot@");
		shot("06-authorized");
		press(page, "I understand — show my credentials");

		assertThat(page.locator("h1")).hasText("Your bot’s credentials");
		shot("07-credentials");
		String token = page.locator("[data-credential=access_token]").inputValue();
		String clientId = page.locator("[data-credential=client_id]").inputValue();
		assertThat(this.fake.tokenIsValid(token)).isTrue();
		assertThat(this.fake.apps()).anySatisfy((app) -> assertThat(app.clientId()).isEqualTo(clientId));
		assertThat(page.locator("[data-snippet=mastodon-py]")).containsText(token);

		page.reload();
		assertThat(page.locator("h1")).hasText("These credentials were already shown");
		assertThat(page.locator("[data-credential]")).hasCount(0);
		shot("08-already-shown");
		page.goBack();
		assertThat(page.locator("[data-credential=access_token]")).hasCount(0);
	}

	@Test
	void journeyWhenPersonClicksDenyThenPlainExplanationAndATryAgainButton() {
		Page page = this.page;
		page.navigate("http://localhost:" + this.port + "/server");
		page.getByLabel("Which server is your bot’s account on?").fill(this.fake.baseUrl());
		press(page, "Continue");
		press(page, "Continue");
		press(page, Pattern.compile("^Continue to"));
		fillServerLogin(page);
		press(page, "Deny");

		assertThat(page.locator("h1")).hasText("You chose Deny");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try again"))).isVisible();
		assertThat(page.url()).doesNotContain("error");
		shot("09-denied");
	}

	@Test
	void serverPageWhenInputIsBadThenErrorSummaryLinksToTheFieldAndKeepsTheValue() {
		Page page = this.page;
		page.navigate("http://localhost:" + this.port + "/server");
		page.getByLabel("Which server is your bot’s account on?").fill("not a server");
		press(page, "Continue");
		assertThat(page).hasTitle(Pattern.compile("^Error: "));
		assertThat(page.locator(".error-summary")).containsText("A server name has no spaces");
		assertThat(page.locator("#server")).hasValue("not a server");
		shot("10-server-error");
		page.locator(".error-summary a").click();
		assertThat(page.locator("#server")).isFocused();
	}

	private void shot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot(name)).setFullPage(true));
	}

}
