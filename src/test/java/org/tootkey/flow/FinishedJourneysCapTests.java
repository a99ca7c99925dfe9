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
 * A finished journey keeps a small session that only remembers the keys were shown (so
 * Back and reload say "already shown"). Those are not wizards: they must not fill the cap
 * on live wizards, or after a busy quarter of an hour every new visitor would be told
 * "too many people at once" (issue 16: the 10,000-journey runs).
 */
@TestPropertySource(properties = "tootkey.max-sessions=" + FinishedJourneysCapTests.CAP)
class FinishedJourneysCapTests extends FlowTestSupport {

	static final int CAP = 2;

	@Autowired
	SessionCap sessions;

	@Test
	void journeysWhenMoreFinishThanTheCapThenNewVisitorsStillStartAndRevealsStillSayAlreadyShown() {
		WizardClient first = null;
		for (int i = 0; i < CAP + 2; i++) {
			this.browser = new WizardClient(URI.create("http://localhost:" + this.port));
			Hop started = this.browser.submit("/", "/start", Map.of());
			assertThat(started.status()).as("journey %d starts", i + 1).isEqualTo(302);
			authorizeAs("bot");
			Hop credentials = reveal();
			assertThat(credentials.status()).as("journey %d reveals", i + 1).isEqualTo(200);
			assertThat(WizardClient.credential(credentials.body(), "access_token")).isNotBlank();
			first = (first != null) ? first : this.browser;
		}
		assertThat(this.sessions.live()).as("finished journeys hold no place").isZero();
		assertThat(first.get("/credentials").body()).as("reload after the reveal").contains("already");
		WizardClient late = new WizardClient(URI.create("http://localhost:" + this.port));
		assertThat(late.submit("/", "/start", Map.of()).status()).isEqualTo(302);
		assertThat(this.sessions.live()).isEqualTo(1);
	}

}
