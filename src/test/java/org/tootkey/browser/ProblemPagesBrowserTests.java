package org.tootkey.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.tootkey.fake.Connections;
import org.tootkey.fake.FakeMastodon;
import org.tootkey.fake.ServerMode;
import org.tootkey.support.RecordingResolver;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The pages that explain a setback, looked at in a browser at 1280 and 375 px (with axe):
 * "Did you mean …?" for a near miss of a well-known server, a local server that speaks
 * only plain http typed without {@code http://} (with its one-click "Use http://…"), and
 * the session that ended after the server said yes.
 */
@Import(ProblemPagesBrowserTests.Names.class)
class ProblemPagesBrowserTests extends BrowserTestSupport {

	@Autowired
	RecordingResolver resolver;

	private FakeMastodon fake;

	private BrowserContext context;

	private Page page;

	@BeforeEach
	void open() {
		this.resolver.reset();
		this.context = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
		this.page = this.context.newPage();
	}

	@AfterEach
	void shut() {
		this.context.close();
		if (this.fake != null) {
			this.fake.close();
		}
	}

	@Test
	void serverWhenANearMissOfAWellKnownServerThenDidYouMeanAndTheSuggestionRefillsTheField() {
		this.resolver.answer("mastodon.social", "192.0.2.1");
		this.page.navigate(app("/server"));
		this.page.getByLabel("Which server is your bot’s account on?").fill("mastodon.socal");
		press(this.page, "Continue");

		assertThat(this.page.locator("#server-error")).containsText("We couldn’t find a server called mastodon.socal");
		assertThat(this.page.locator("[data-suggestion]")).hasText("Did you mean mastodon.social?");
		assertThat(this.page.locator("#server")).hasValue("mastodon.socal");
		looked("did-you-mean");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("mastodon.social")).click();
		assertThat(this.page.locator("#server")).hasValue("mastodon.social");
		assertThat(this.page.locator("#server-error")).hasCount(0);
	}

	@Test
	void serverWhenALocalServerSpeaksOnlyPlainHttpThenItsOwnMessageAndOneClickToUseHttp() {
		this.fake = FakeMastodon.start(ServerMode.MASTODON_4_5, Connections.CLOSE_AFTER_EACH_RESPONSE);
		this.page.navigate(app("/server"));
		this.page.getByLabel("Which server is your bot’s account on?").fill(this.fake.hostAndPort());
		press(this.page, "Continue");

		assertThat(this.page.locator("#server-error"))
			.containsText(this.fake.hostAndPort() + " answers only over plain http");
		assertThat(this.page.locator("#server")).hasValue(this.fake.hostAndPort());
		looked("plain-http");

		press(this.page, "Use " + this.fake.baseUrl());
		assertThat(this.page.getByText("Step 2 of 5")).isVisible();
	}

	@Test
	void sessionEndedAfterYesPageWhenShownThenSaysWhatWasLeftOnTheServer() {
		this.page.navigate(app("/problem/session-ended-after-yes"));
		assertThat(this.page.locator("h1")).hasText("Your session ended while you were on your server");
		assertThat(this.page.locator("main")).containsText("An app from Tootkey is left on your server");
		looked("session-ended-after-yes");
	}

	private String app(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Screenshots at 1280 and 375 px; axe and no sideways scrolling at both. */
	private void looked(String name) {
		PageChecks.axeClean(this.page, name + " at 1280 px");
		shot(name + "-1280");
		this.page.setViewportSize(375, 800);
		PageChecks.axeClean(this.page, name + " at 375 px");
		PageChecks.noHorizontalScroll(this.page, name);
		shot(name + "-375");
		this.page.setViewportSize(1280, 900);
	}

	private void shot(String name) {
		this.page
			.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("problem-" + name)).setFullPage(true));
	}

	@TestConfiguration
	static class Names {

		/** Every name fails unless a test answers it; loopback names still resolve. */
		@Bean
		@Primary
		RecordingResolver recordingResolver() {
			return new RecordingResolver((host) -> host.equals("127.0.0.1")
					? new java.net.InetAddress[] { java.net.InetAddress.getLoopbackAddress() } : null);
		}

	}

}
