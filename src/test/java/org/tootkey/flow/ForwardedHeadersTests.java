package org.tootkey.flow;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.tootkey.fake.FakeMastodon;
import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 5: with the shipped settings no peer's forwarded headers are believed,
 * not even a private or loopback one (every visitor arrives from one behind Docker
 * Desktop, rootless Docker or Podman, or Kubernetes SNAT).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tootkey.allow-local-servers=true", "tootkey.rate-limit.enabled=true",
				"tootkey.rate-limit.requests=3", "tootkey.rate-limit.period=10m" })
class ForwardedHeadersTests {

	@LocalServerPort
	int port;

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
	void rateLimitWhenNoProxyIsNamedAndVisitorChangesXForwardedForThenItStillCountsAsOneVisitor() {
		Hop last = null;
		for (int i = 0; i < 4; i++) {
			WizardClient browser = new WizardClient(URI.create("http://localhost:" + this.port));
			browser.header("X-Forwarded-For", "198.51.100." + (i + 1));
			browser.header("X-Forwarded-Proto", "https");
			// A real look-up each time (a cached one does not count against the limit).
			this.cacheManager.getCache("server-profiles").clear();
			last = browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
			assertThat(last.headers().firstValue("Strict-Transport-Security")).as("not https just because it says so")
				.isEmpty();
		}
		assertThat(last.status()).as("the fourth look-up from one address").isEqualTo(429);
	}

}
