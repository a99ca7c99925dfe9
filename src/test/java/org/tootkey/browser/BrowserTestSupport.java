package org.tootkey.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The app on a random port (one Spring context shared by every browser test) and one
 * Chromium per test class, started through {@link Browsers}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tootkey.allow-local-servers=true")
abstract class BrowserTestSupport {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	/** Clicks the button with this accessible name. */
	static void press(Page page, String name) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
	}

	/** Clicks the button whose accessible name matches. */
	static void press(Page page, Pattern name) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
	}

	/**
	 * On the fake server's own page: the bot's login (its e-mail address where the
	 * program logs in by e-mail) and password, not yet sent.
	 */
	static void fillServerLogin(Page page) {
		fillServerLogin(page, "bot");
	}

	static void fillServerLogin(Page page, String username) {
		Locator login = page.locator("#username");
		boolean byEmail = "email".equals(login.getAttribute("type"));
		login.fill(byEmail ? username + "@fake.social" : username);
		page.locator("#password").fill("password");
	}

	@BeforeAll
	static void launchChromium() {
		playwright = Browsers.playwright();
		browser = Browsers.chromium(playwright, true);
	}

	@AfterAll
	static void closeChromium() {
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

}
