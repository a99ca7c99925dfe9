package org.tootkey.flow;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 5: with the shipped settings no peer's forwarded headers are believed,
 * not even a private or loopback one (every visitor arrives from one behind Docker
 * Desktop, rootless Docker or Podman, or Kubernetes SNAT).
 */
class ForwardedHeadersTests extends LimitOnTestSupport {

	@Test
	void rateLimitWhenNoProxyIsNamedAndVisitorChangesXForwardedForThenItStillCountsAsOneVisitor() {
		Hop last = null;
		for (int i = 0; i < 4; i++) {
			WizardClient browser = visitor("198.51.100." + (i + 1));
			browser.header("X-Forwarded-Proto", "https");
			// A real look-up each time (a cached one does not count against the limit).
			forgetServers();
			last = browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
			assertThat(last.headers().firstValue("Strict-Transport-Security")).as("not https just because it says so")
				.isEmpty();
		}
		assertThat(last.status()).as("the fourth look-up from one address").isEqualTo(429);
	}

}
