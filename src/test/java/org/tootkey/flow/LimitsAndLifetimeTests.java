package org.tootkey.flow;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.cache.CacheManager;
import org.tootkey.fake.FakeMastodon;
import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-visitor rate limit and the session's idle and absolute lifetimes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tootkey.allow-local-servers=true", "tootkey.rate-limit.enabled=true",
				"tootkey.rate-limit.requests=3", "tootkey.rate-limit.period=10m", "tootkey.session-lifetime=3s",
				"tootkey.session-timeout=7m", "tootkey.trusted-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1" })
class LimitsAndLifetimeTests {

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@Autowired
	CacheManager cacheManager;

	private FakeMastodon fake;

	@BeforeEach
	void start() {
		this.fake = FakeMastodon.start();
	}

	@AfterEach
	void stop() {
		this.fake.close();
	}

	@Test
	void rateLimitWhenVisitorChecksKeysTooOftenThen429AndNoCallToTheServer() {
		String token = this.fake.issueKey("bot", "Counted", null, "profile").accessToken();
		Map<String, String> form = Map.of("server", this.fake.baseUrl(), "token", token);
		// One visitor (one address), a fresh browser session each time: this class's
		// sessions live 3 s.
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

	private WizardClient visitor(String address) {
		WizardClient browser = new WizardClient(URI.create("http://localhost:" + this.port));
		browser.header("X-Forwarded-For", address);
		return browser;
	}

	@Test
	void sessionWhenOlderThanItsLifetimeThenEndsEvenIfBusy() throws InterruptedException {
		WizardClient browser = new WizardClient(URI.create("http://localhost:" + this.port));
		browser.get("/server");
		Thread.sleep(1600);
		browser.get("/server");
		Thread.sleep(1600);
		Hop late = browser.get("/permissions");
		assertThat(late.location()).endsWith("/problem/session-expired");
	}

	@Test
	void callbackWhenTheSessionEndedMeanwhileThenNoTokenRequest() throws InterruptedException {
		WizardClient browser = new WizardClient(URI.create("http://localhost:" + this.port));
		browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		browser.submit("/permissions", "/permissions", Map.of("preset", "post-text", "appName", "Bot", "website", ""));
		Hop back = browser.authorizeOnServer("bot", "password", "approve");
		Thread.sleep(3500);
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
