package org.tootkey.flow;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;
import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-visitor limit counts real look-ups and registrations only (not a form shown
 * again with an error, not a look-up answered from the cache), and past it the same step
 * comes back with what was typed and how long to wait.
 */
@TestPropertySource(properties = LimitOnTestSupport.TRUSTED_LOCAL_PROXY)
class VisitorLimitCountingTests extends LimitOnTestSupport {

	@Test
	void rateLimitWhenVisitorLooksUpTooOftenThenSameStepAgainWithWhatWasTypedAnd429AndNoOutboundCall() {
		WizardClient browser = visitor("198.51.100.7");
		for (int i = 0; i < 3; i++) {
			// Forget the server each time: only a real look-up counts.
			forgetServers();
			Hop ok = browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
			assertThat(ok.status()).isEqualTo(302);
		}
		forgetServers();
		long probes = this.fake.count("GET", "/api/v2/instance");
		Hop limited = browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isPositive());
		// The same step, with what was typed, and how long to wait.
		assertThat(limited.body()).contains("Tootkey limits how often anyone can ask")
			.containsPattern("Wait \\d+ minutes, then press the button again")
			.contains("value=\"" + this.fake.baseUrl() + "\"")
			.contains("<form")
			.doesNotContain("Exception");
		assertThat(this.fake.count("GET", "/api/v2/instance")).isEqualTo(probes);
	}

	@Test
	void rateLimitWhenFormShownAgainWithAnErrorThenItDoesNotCount() {
		WizardClient browser = visitor("198.51.100.8");
		for (int i = 0; i < 5; i++) {
			assertThat(browser.submit("/server", "/server", Map.of("server", "")).status()).isEqualTo(200);
			assertThat(browser.submit("/server", "/server", Map.of("server", "not a server!")).status()).isEqualTo(200);
		}
		forgetServers();
		assertThat(browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl())).status()).isEqualTo(302);
		for (int i = 0; i < 5; i++) {
			Hop noName = browser.submit("/permissions", "/permissions",
					Map.of("preset", "post-text", "appName", "", "website", ""));
			assertThat(noName.status()).isEqualTo(200);
		}
		// One look-up spent: two registrations left, and both go through.
		long registrations = this.fake.count("POST", "/api/v1/apps");
		assertThat(browser
			.submit("/permissions", "/permissions", Map.of("preset", "post-text", "appName", "Bot", "website", ""))
			.status()).isEqualTo(302);
		assertThat(browser
			.submit("/permissions", "/permissions", Map.of("preset", "post-text", "appName", "Bot", "website", ""))
			.status()).isEqualTo(302);
		assertThat(this.fake.count("POST", "/api/v1/apps")).isEqualTo(registrations + 2);
	}

	@Test
	void rateLimitWhenRegistrationsRunOutThenPermissionsShownAgainWithWhatWasTypedAnd429() {
		WizardClient browser = visitor("198.51.100.9");
		forgetServers();
		browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		Map<String, String> form = Map.of("preset", "post-text", "appName", "Weather bot", "website", "");
		browser.submit("/permissions", "/permissions", form);
		browser.submit("/permissions", "/permissions", form);
		long registrations = this.fake.count("POST", "/api/v1/apps");
		Hop limited = browser.submit("/permissions", "/permissions", form);
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
		assertThat(limited.body()).contains("value=\"Weather bot\"").contains("then press the button again");
		assertThat(this.fake.count("POST", "/api/v1/apps")).isEqualTo(registrations);
	}

	@Test
	void rateLimitWhenTheServerIsKnownFromTheCacheThenLookingItUpAgainDoesNotCount() {
		WizardClient browser = visitor("198.51.100.10");
		for (int i = 0; i < 6; i++) {
			assertThat(browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl())).status())
				.isEqualTo(302);
		}
	}

}
