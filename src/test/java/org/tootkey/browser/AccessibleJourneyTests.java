package org.tootkey.browser;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.tootkey.browser.PageChecks.Texts;
import org.tootkey.fake.FakeMastodon;
import org.tootkey.fake.RecordedRequest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tootkey.browser.PageChecks.axeClean;
import static org.tootkey.browser.PageChecks.noHorizontalScroll;
import static org.tootkey.browser.PageChecks.tabTo;

/**
 * The whole journey for everyone: in each language, with JavaScript off, on a 320 px wide
 * screen, with the keyboard only (Tab, Enter, Space and typing), light and dark, with
 * axe-core clean (WCAG 2.2 AA) on every page of ours. Same context as
 * {@link BrowserJourneyTests}.
 */
class AccessibleJourneyTests extends BrowserTestSupport {

	@BeforeEach
	void startServer() {
		this.fake = FakeMastodon.start();
	}

	@ParameterizedTest(name = "{0}, {1}: JavaScript off, 320 px, keyboard only, axe on every page")
	@CsvSource({ "en, LIGHT", "de, DARK", "fr, LIGHT", "es, DARK", "ja, LIGHT" })
	void journeyWhenKeyboardOnlyOnAPhoneWithoutJavaScriptThenWorksInEveryLanguage(String language, ColorScheme scheme) {
		Texts texts = new Texts(language);
		Page page = newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false)
			.setViewportSize(320, 640)
			.setLocale(language)
			.setColorScheme(scheme));
		auditWith(new Browser.NewContextOptions().setViewportSize(320, 640).setLocale(language).setColorScheme(scheme));
		String where = language + "/" + scheme.name().toLowerCase();

		page.navigate(url("/"));
		assertThat(page.locator("html")).hasAttribute("lang", language);
		assertThat(page.locator("h1")).hasText(texts.get("start.heading"));
		check(page, where + " start");
		tabTo(page, page.locator("button.button-start"));
		page.keyboard().press("Enter");

		assertThat(page.locator("h1")).hasText(texts.get("server.heading"));
		assertThat(page.locator(".step")).hasText(texts.get("layout.step", 1, 5));
		check(page, where + " server");
		Locator server = page.locator("input[name=server]");
		Locator continueButton = page.locator("main form button[type=submit]");
		tabTo(page, continueButton);
		page.keyboard().press("Enter");

		assertThat(page.locator(".error-summary")).containsText(texts.get("server.invalid.empty"));
		assertThat(page.title()).startsWith(texts.get("error.prefix", "").strip());
		assertThat(page.locator("#server-error")).containsText(texts.get("server.invalid.empty"));
		check(page, where + " server with an error");
		tabTo(page, server);
		page.keyboard().type(this.fake.baseUrl());
		page.keyboard().press("Enter");

		assertThat(page.locator("h1")).hasText(texts.get("permissions.heading"));
		assertThat(page.locator(".server-card")).containsText("Fake Social");
		assertThat(page.locator("input[name=preset]:checked")).hasCount(1);
		check(page, where + " permissions");
		tabTo(page, page.locator("#preset-post-media"));
		page.keyboard().press("Space");
		assertThat(page.locator("#preset-post-media")).isChecked();
		tabTo(page, page.locator("main form button[type=submit]"));
		page.keyboard().press("Enter");

		assertThat(page.locator("h1")).hasText(texts.get("authorize.heading"));
		assertThat(page.locator(".step")).hasText(texts.get("layout.step", 3, 5));
		check(page, where + " authorize");
		tabTo(page, page.locator("main form button[type=submit]"));
		page.keyboard().press("Enter");

		// The server's own login and consent page, in the visitor's language if it has
		// it.
		page.locator("#username").waitFor();
		RecordedRequest authorize = this.fake.requests()
			.stream()
			.filter((r) -> r.path().equals("/oauth/authorize"))
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(authorize.queryParam("lang")).isEqualTo(language);
		assertThat(authorize.queryParam("force_login")).isEqualTo("true");
		tabTo(page, page.locator("#username"));
		page.keyboard().type("bot@fake.social");
		tabTo(page, page.locator("#password"));
		page.keyboard().type("password");
		tabTo(page, page.locator("button[value=approve]"));
		page.keyboard().press("Space");

		assertThat(page.locator("h1")).hasText(texts.get("authorized.heading"));
		assertThat(page.locator("[data-account]")).containsText("@bot@");
		check(page, where + " authorized");
		Locator details = page.locator("[data-exchanges]");
		tabTo(page, details.locator("summary"));
		page.keyboard().press("Enter");
		assertThat(details).hasAttribute("open", "");
		assertThat(details.locator("[data-exchange]").first()).isVisible();
		assertThat(details).containsText("/api/v1/apps");
		assertThat(details).containsText("/oauth/token");
		check(page, where + " authorized, technical details open");
		// Nothing to reveal here: only the question, "yes" first.
		assertThat(page.locator("form[action$='/credentials']")).hasCount(0);
		assertThat(page.locator("input[type=radio][name=answer]").first()).hasAttribute("value", "yes");
		tabTo(page, page.locator("main form button[type=submit]"));
		page.keyboard().press("Enter");
		assertThat(page.locator(".error-summary")).containsText(texts.get("authorized.error.unanswered"));
		check(page, where + " authorized, no answer");
		tabTo(page, page.locator("#answer"));
		page.keyboard().press("Space");
		assertThat(page.locator("#answer")).isChecked();
		tabTo(page, page.locator("main form button[type=submit]"));
		page.keyboard().press("Enter");

		assertThat(page.locator("h1")).hasText(texts.get("ready.heading"));
		check(page, where + " ready");
		tabTo(page, page.locator("form[action$='/credentials'] button"));
		page.keyboard().press("Enter");

		assertThat(page.locator("h1")).hasText(texts.get("credentials.heading"));
		check(page, where + " credentials");
		String token = page.locator("[data-credential=access_token]").inputValue();
		String secret = page.locator("[data-credential=client_secret]").inputValue();
		assertThat(this.fake.tokenIsValid(token)).isTrue();
		// Without JavaScript: no copy buttons, the values are plain selectable text.
		assertThat(page.locator("button.copy:visible")).hasCount(0);
		assertThat(page.locator("[data-snippet=mastodon-py]")).isVisible();
		assertThat(page.locator("[data-exchanges]")).not().containsText(token);
		assertThat(page.locator("[data-exchanges]")).not().containsText(secret);

		page.reload();
		assertThat(page.locator("h1")).hasText(texts.get("gone.heading"));
		assertThat(page.locator("[data-credential]")).hasCount(0);
		check(page, where + " already shown");
	}

	@Test
	void errorPagesWhenReachedWithoutJavaScriptOnAPhoneThenExplainAndOfferOneButton() {
		Texts spanish = new Texts("es");
		Page page = newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false)
			.setViewportSize(320, 640)
			.setLocale("es-ES"));
		auditWith(new Browser.NewContextOptions().setViewportSize(320, 640));

		page.navigate(url("/no-such-page"));
		assertThat(page.locator("h1")).hasText(spanish.get("error.not-found.title"));
		assertThat(page.locator("main form button")).hasText(spanish.get("error.action"));
		check(page, "es not found");

		journey(page).toServer(this.fake.baseUrl()).logIn("bot");
		page.locator("button[value=deny]").click();
		assertThat(page.locator("h1")).hasText(spanish.get("problem.denied.title"));
		assertThat(page.locator("main form button")).hasText(spanish.get("problem.denied.action"));
		check(page, "es denied");
	}

	@Test
	void languageSwitcherWhenUsedMidJourneyThenSameStepKeepsWhatWasTypedAndReachesTheConsentPage() {
		Page page = newPage(new Browser.NewContextOptions().setLocale("en-GB"));
		journey(page).server(this.fake.baseUrl());
		assertThat(page.locator("h1")).hasText(new Texts("en").get("permissions.heading"));

		// What was typed and chosen survives the switch.
		page.locator("#appName").fill("Weather bot");
		page.locator("#preset-custom").check();
		page.locator("#scope-write-statuses").check();
		page.locator("#markBot").check();

		page.locator("nav.languages a[lang=fr]").click();
		assertThat(page.locator("h1")).hasText(new Texts("fr").get("permissions.heading"));
		assertThat(page.locator("#appName")).hasValue("Weather bot");
		assertThat(page.locator("#preset-custom")).isChecked();
		assertThat(page.locator("[data-custom-scopes]")).isVisible();
		assertThat(page.locator("#scope-write-statuses")).isChecked();
		assertThat(page.locator("#markBot")).isChecked();
		page.locator("#preset").check();
		assertThat(page.locator("html")).hasAttribute("lang", "fr");
		assertThat(page.locator("nav.languages a[lang=fr]")).hasAttribute("aria-current", "true");
		assertThat(page.locator(".server-card")).containsText("Fake Social");

		// Remembered without the parameter, and handed to the server's consent page.
		journey(page).permissions();
		assertThat(page.locator("h1")).hasText(new Texts("fr").get("authorize.heading"));
		journey(page).authorize();
		page.locator("#username").waitFor();
		assertThat(this.fake.requests()).filteredOn((r) -> r.path().equals("/oauth/authorize"))
			.last()
			.satisfies((r) -> assertThat(r.queryParam("lang")).isEqualTo("fr"));
	}

	@Test
	void credentialsPageWhenValueCopiedThenAnnouncedInThePageLanguage() {
		Page page = newPage(new Browser.NewContextOptions().setLocale("de-DE"));
		this.context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
		journey(page).toCredentials(this.fake.baseUrl());
		Texts german = new Texts("de");
		assertThat(page.locator("h1")).hasText(german.get("credentials.heading"));
		page.locator("button[data-copy=cred-access_token]").click();
		assertThat(page.locator("[data-copy-status]")).hasText(german.get("credentials.copied"));
		assertThat(page.locator("details.snippet[open]")).hasCount(1);
		assertThat(page.locator("details.snippet[open] [data-snippet]")).hasAttribute("data-snippet", "mastodon-py");
		axeClean(page, "credentials with JavaScript");
	}

	@ParameterizedTest(name = "{0}: every page at 1024 px with JavaScript, axe clean, screenshots")
	@CsvSource({ "LIGHT", "DARK" })
	void journeyWhenOnADesktopThenEveryPageIsAxeCleanAndPhotographed(ColorScheme scheme) {
		Page page = newPage(
				new Browser.NewContextOptions().setViewportSize(1024, 768).setLocale("en-GB").setColorScheme(scheme));
		this.context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
		String prefix = (scheme == ColorScheme.DARK) ? "dark-" : "";
		Journey journey = journey(page).open("/");
		step(page, prefix + "1-start");
		page.locator("button.button-start").click();
		step(page, prefix + "2-server");
		page.locator("main form button[type=submit]").click();
		step(page, prefix + "2b-server-error");
		journey.typeServer(this.fake.baseUrl());
		step(page, prefix + "3-permissions");
		page.locator("#preset-custom").check();
		assertThat(page.locator("[data-custom-scopes]")).isVisible();
		step(page, prefix + "3b-permissions-choose-myself");
		page.locator("#preset").check();
		journey.permissions();
		step(page, prefix + "4-authorize");
		journey.authorize().logIn("bot");
		shot(page, "steps/" + prefix + "5-server-consent");
		journey.approve();
		step(page, prefix + "6-authorized");
		page.locator("[data-exchanges] summary").click();
		step(page, prefix + "6b-technical-details");
		journey.yes();
		step(page, prefix + "6c-ready");
		journey.reveal();
		step(page, prefix + "7-credentials");
		page.locator("button[data-copy=cred-access_token]").click();
		page.reload();
		step(page, prefix + "8-already-shown");
	}

	private void check(Page page, String where) {
		axeClean(page, where, this.auditor);
		noHorizontalScroll(page, where);
		if (where.startsWith("de/")) {
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(Browsers.screenshot("phone/" + where.replaceAll("[^a-z]+", "-"))));
		}
	}

	private void step(Page page, String name) {
		page.waitForLoadState();
		check(page, name);
		shot(page, "steps/" + name);
	}

}
