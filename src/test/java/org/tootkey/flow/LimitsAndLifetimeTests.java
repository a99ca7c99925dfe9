package org.tootkey.flow;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-visitor rate limit and the session's idle and absolute lifetimes. The app's
 * clock is one the tests move on, so a session ages past its lifetime at once, however
 * slow the machine.
 */
@TestPropertySource(properties = { LimitOnTestSupport.TRUSTED_LOCAL_PROXY, "tootkey.session-lifetime=10m",
		"tootkey.session-timeout=7m" })
class LimitsAndLifetimeTests extends LimitOnTestSupport {

	private static final Duration LIFETIME = Duration.ofMinutes(10);

	private static final MovableClock CLOCK = new MovableClock();

	@TestBean
	Clock clock;

	@Autowired
	WebServerApplicationContext context;

	static Clock clock() {
		return CLOCK;
	}

	@AfterEach
	void backToNow() {
		CLOCK.reset();
	}

	@Test
	void rateLimitWhenVisitorChecksKeysTooOftenThen429AndNoCallToTheServer() {
		String token = this.fake.issueKey("bot", "Counted", null, "profile").accessToken();
		Map<String, String> form = Map.of("server", this.fake.baseUrl(), "token", token);
		// One visitor (one address), a fresh browser session each time.
		for (int i = 0; i < 3; i++) {
			assertThat(visitor("198.51.100.15").submit("/check", "/check", form).body())
				.contains("data-verdict=\"works\"");
		}
		long lookups = this.fake.count("GET", "/api/v1/accounts/verify_credentials");
		Hop limited = visitor("198.51.100.15").submit("/check", "/check", form);
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
		assertThat(limited.body()).contains("Tootkey limits how often anyone can ask").doesNotContain(token);
		assertThat(this.fake.count("GET", "/api/v1/accounts/verify_credentials")).isEqualTo(lookups);
	}

	@Test
	void sessionWhenOlderThanItsLifetimeThenEndsEvenIfBusy() {
		WizardClient browser = new WizardClient(URI.create("http://localhost:" + this.port));
		browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		CLOCK.moveOn(LIFETIME.dividedBy(2));
		Hop busy = browser.get("/permissions");
		assertThat(busy.status()).as("half its lifetime on, the session still holds the server").isEqualTo(200);
		CLOCK.moveOn(LIFETIME.dividedBy(2).plusSeconds(1));
		Hop late = browser.get("/permissions");
		assertThat(late.location()).endsWith("/problem/session-expired");
	}

	@Test
	void callbackWhenTheSessionEndedMeanwhileThenNoTokenRequest() {
		WizardClient browser = new WizardClient(URI.create("http://localhost:" + this.port));
		browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		browser.submit("/permissions", "/permissions", Map.of("preset", "post-text", "appName", "Bot", "website", ""));
		Hop back = browser.authorizeOnServer("bot", "password", "approve");
		CLOCK.moveOn(LIFETIME.plusSeconds(1));
		Hop page = browser.follow(back);
		assertThat(page.uri().getPath()).isEqualTo("/problem/session-ended-after-yes");
		assertThat(page.body()).contains("Authorized apps").contains("Start again");
		assertThat(this.fake.count("POST", "/oauth/token")).isZero();
	}

	@Test
	void sessionWhenIdleTimeoutConfiguredThenTheContainerUsesIt() {
		var tomcatContext = (org.apache.catalina.Context) ((TomcatWebServer) this.context.getWebServer()).getTomcat()
			.getHost()
			.findChildren()[0];
		assertThat(tomcatContext.getSessionTimeout()).isEqualTo(7);
	}

}
