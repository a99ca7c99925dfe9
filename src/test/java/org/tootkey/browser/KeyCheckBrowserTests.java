package org.tootkey.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tootkey.browser.PageChecks.Texts;
import org.tootkey.fake.FakeMastodon;
import org.tootkey.fake.FakeMastodon.Key;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tootkey.browser.PageChecks.axeClean;
import static org.tootkey.browser.PageChecks.noHorizontalScroll;
import static org.tootkey.browser.PageChecks.tabTo;

/**
 * "Check a key" in a real browser: from the start page's link to the form, its error
 * summary, the answer and revoking, axe-clean (WCAG 2.2 AA) on every page, on a desktop
 * and on a 375 px phone with JavaScript off, with screenshots.
 */
class KeyCheckBrowserTests extends BrowserTestSupport {

	@BeforeEach
	void startServer() {
		this.fake = FakeMastodon.start();
	}

	@Test
	void checkWhenOnADesktopThenFormErrorsAnswerAndRevokingAreAxeCleanAndTheKeyStopsWorking() {
		Texts english = new Texts("en");
		Page page = newPage(new Browser.NewContextOptions().setViewportSize(1024, 768).setLocale("en-GB"));
		Key key = this.fake.issueKey("bot", "Weather bot", "https://weather-bot.social/", "profile write:statuses");

		page.navigate(url("/"));
		page.getByText(english.get("start.check")).click();
		assertThat(page.locator("h1")).hasText(english.get("check.heading"));
		assertThat(page.locator("input[name=server]")).isVisible();
		assertThat(page.locator("#token")).hasAttribute("type", "password");
		assertThat(page.locator("#token")).hasAttribute("autocomplete", "off");
		step(page, "check-1-form");

		press(page, english.get("check.button"));
		assertThat(page.locator(".error-summary")).containsText(english.get("check.error.token-empty"));
		assertThat(page.locator(".error-summary")).containsText(english.get("server.invalid.empty"));
		assertThat(page.title()).startsWith(english.get("error.prefix", "").strip());
		step(page, "check-1b-form-error");
		page.locator(".error-summary a[href='#token']").click();
		assertThat(page.locator("#token")).isFocused();

		page.locator("#server").fill(this.fake.baseUrl());
		page.locator("#token").fill(key.accessToken());
		page.locator("#clientId").fill(key.clientId());
		page.locator("#clientSecret").fill(key.clientSecret());
		press(page, english.get("check.button"));
		assertThat(page.locator("h1")).hasText(english.get("check.verdict.works.title"));
		assertThat(page.locator("[data-account]"))
			.hasText("@bot@" + java.net.URI.create(this.fake.baseUrl()).getAuthority());
		assertThat(page.locator("[data-scopes]")).containsText(english.get("scope.write:statuses"));
		assertThat(page.locator("[data-cannot]")).containsText(english.get("scope.write:media"));
		step(page, "check-2-answer");
		page.locator("[data-exchanges] summary").click();
		assertThat(page.locator("[data-exchanges]")).containsText("/api/v1/accounts/verify_credentials");
		assertThat(page.locator("[data-exchanges]")).containsText("/oauth/token/info");
		assertThat(page.content()).doesNotContain(key.accessToken()).doesNotContain(key.clientSecret());
		step(page, "check-2b-answer-technical-details");

		press(page, english.get("check.revoke.button"));
		assertThat(page.locator("[data-revoked]")).hasText(english.get("check.revoked.done"));
		assertThat(page.locator("h1")).hasText(english.get("check.verdict.revoked.title"));
		assertThat(this.fake.tokenIsValid(key.accessToken())).isFalse();
		step(page, "check-3-revoked");
		page.locator("[data-exchanges] summary").click();
		assertThat(page.locator("[data-exchanges]")).containsText("/oauth/revoke");
		assertThat(page.locator("[data-exchanges]")).containsText("client_secret=…redacted…&token=…redacted…");
		assertThat(page.content()).doesNotContain(key.accessToken()).doesNotContain(key.clientSecret());
	}

	@Test
	void checkWhenOnAPhoneWithoutJavaScriptInJapaneseThenKeyboardOnlyAndNoSidewaysScrolling() {
		Texts japanese = new Texts("ja");
		Browser.NewContextOptions phone = new Browser.NewContextOptions().setViewportSize(375, 700)
			.setLocale("ja")
			.setColorScheme(ColorScheme.DARK);
		Page page = newPage(phone.setJavaScriptEnabled(false));
		auditWith(new Browser.NewContextOptions().setViewportSize(375, 700)
			.setLocale("ja")
			.setColorScheme(ColorScheme.DARK));
		Key key = this.fake.issueKey("bot", "Weather bot", null, "read write");

		page.navigate(url("/"));
		tabTo(page, page.locator("[data-check-link]"));
		page.keyboard().press("Enter");
		assertThat(page.locator("h1")).hasText(japanese.get("check.heading"));
		phone(page, "check-phone-ja-1-form");
		tabTo(page, page.locator("#server"));
		page.keyboard().type(this.fake.baseUrl());
		tabTo(page, page.locator("#token"));
		page.keyboard().type(key.accessToken());
		page.keyboard().press("Enter");

		assertThat(page.locator("h1")).hasText(japanese.get("check.verdict.works.title"));
		assertThat(page.locator("[data-by-hand]")).containsText("Weather bot");
		assertThat(page.locator("form[action$='/check/revoke']")).hasCount(0);
		phone(page, "check-phone-ja-2-answer");
	}

	private void step(Page page, String name) {
		page.waitForLoadState();
		axeClean(page, name);
		noHorizontalScroll(page, name);
		shot(page, "steps/" + name);
	}

	private void phone(Page page, String name) {
		axeClean(page, name, this.auditor);
		noHorizontalScroll(page, name);
		shot(page, "phone/" + name);
	}

}
