package org.tootkey.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
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
