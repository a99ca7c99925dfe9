package org.tootkey.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Starts Debian's Chromium through Playwright, offline. Without the browser, tests fail
 * in CI ({@code CI=true}) and are skipped elsewhere, with the reason.
 */
final class Browsers {

	static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private Browsers() {
	}

	static Playwright playwright() {
		if (!Files.isExecutable(CHROMIUM)) {
			String reason = "Chromium is not installed at " + CHROMIUM
					+ " (Debian package 'chromium'; .ci/run installs it)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(reason);
			}
			assumeTrue(false, reason);
		}
		return Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "PLAYWRIGHT_BROWSERS_PATH", "0")));
	}

	static Browser chromium(Playwright playwright, boolean javaScript) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--disable-dev-shm-usage",
						"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1")));
	}

	static Path screenshot(String name) {
		return SCREENSHOTS.resolve(name + ".png");
	}

}
