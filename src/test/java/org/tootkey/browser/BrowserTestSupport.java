package org.tootkey.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tootkey.fake.FakeMastodon;

/**
 * The app on a random port (one Spring context shared by every browser test) and one
 * Chromium per test class, started through {@link Browsers} (a missing Chromium fails the
 * class under {@code CI=true}). What a test opens — a fake server, a browser context, an
 * auditor page — is closed after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tootkey.allow-local-servers=true")
abstract class BrowserTestSupport {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	/** The fake server of this test, if it started one. */
	FakeMastodon fake;

	/** The browser context of this test, if it opened one with {@link #newPage}. */
	BrowserContext context;

	/**
	 * Where axe audits pages that were rendered with JavaScript off (axe needs
	 * JavaScript).
	 */
	Page auditor;

	/** A page in a fresh browser context with these options. */
	Page newPage(Browser.NewContextOptions options) {
		this.context = browser.newContext(options);
		return this.context.newPage();
	}

	/** The auditor for pages rendered with JavaScript off: a JavaScript-on context. */
	void auditWith(Browser.NewContextOptions options) {
		this.auditor = browser.newContext(options).newPage();
	}

	/** The wizard's journey in this page. */
	Journey journey(Page page) {
		return new Journey(page, this.port);
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Clicks the button with this accessible name. */
	static void press(Page page, String name) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
	}

	/** Clicks the button whose accessible name matches. */
	static void press(Page page, Pattern name) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
	}

	/** A full-page screenshot under target/screenshots/. */
	static void shot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot(name)).setFullPage(true));
	}

	@BeforeAll
	static void launchChromium() {
		playwright = Browsers.playwright();
		browser = Browsers.chromium(playwright, true);
		// Discovery and axe share two cores with the browser: allow for a slow page.
		PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
	}

	@AfterEach
	void closeWhatTheTestOpened() {
		if (this.context != null) {
			this.context.close();
			this.context = null;
		}
		if (this.auditor != null) {
			this.auditor.context().close();
			this.auditor = null;
		}
		if (this.fake != null) {
			this.fake.close();
			this.fake = null;
		}
	}

	@AfterAll
	static void closeChromium() {
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

}
