package org.tootkey.flow;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;
import org.tootkey.web.SessionCap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first step's form is shown without a session ({@link CookielessVisitsTests}), so a
 * full {@code tootkey.max-sessions} meets the visitor when they choose a server: they are
 * told at once, and their server is not asked anything for a wizard that cannot begin.
 */
@TestPropertySource(properties = "tootkey.max-sessions=" + ServerChoiceAtCapTests.CAP)
class ServerChoiceAtCapTests extends FlowTestSupport {

	static final int CAP = 4;

	@Autowired
	SessionCap sessions;

	@Test
	void serverWhenChosenWithTheCapFullThenBusyPageBeforeAnyLookUp() {
		while (this.sessions.live() < CAP) {
			WizardClient other = new WizardClient(URI.create("http://localhost:" + this.port));
			assertThat(other.submit("/", "/start", Map.of()).status()).isEqualTo(302);
		}
		long asked = this.fake.requestCount();
		Hop chosen = this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		assertThat(chosen.status()).isEqualTo(429);
		assertThat(chosen.body()).contains("Too many people at once");
		assertThat(chosen.headers().firstValue("Retry-After")).hasValue("60");
		assertThat(this.fake.requestCount()).as("requests to the server for a wizard that cannot begin")
			.isEqualTo(asked);
	}

}
