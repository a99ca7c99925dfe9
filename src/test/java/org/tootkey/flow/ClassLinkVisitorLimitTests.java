package org.tootkey.flow;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tootkey's own per-visitor limit (here: two look-ups or registrations per address) is
 * spent by the organizer alone; participants arriving through the class link from the
 * same address are not counted, while anyone starting a journey of their own from there
 * is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tootkey.allow-local-servers=true", "tootkey.outbound.deadline=3s",
				"tootkey.outbound.read-timeout=2s", "tootkey.rate-limit.enabled=true", "tootkey.rate-limit.requests=2",
				"tootkey.rate-limit.period=10m", "tootkey.trusted-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1" })
class ClassLinkVisitorLimitTests extends FlowTestSupport {

	private static final String SCHOOL = "203.0.113.30";

	private WizardClient visitor() {
		WizardClient visitor = new WizardClient(URI.create("http://localhost:" + this.port));
		visitor.header("X-Forwarded-For", SCHOOL);
		return visitor;
	}

	@Test
	void participantsWhenOrganizerSpentTheVisitorLimitThenStillGetTheirKeysThroughTheLink() {
		List<String> accounts = this.fake.addAccounts("pupil", 5);
		// Everyone behind one address (the school's), told to Tootkey by the trusted
		// local proxy.
		this.browser.header("X-Forwarded-For", SCHOOL);
		String link = ClassLinkSteps.organizerMakesClassLink(this.browser, this.fake);

		WizardClient neighbour = visitor();
		// A real look-up (a cached one would not count against the limit).
		this.cacheManager.getCache("server-profiles").clear();
		Hop ownJourney = neighbour.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		assertThat(ownJourney.status()).as("a journey of one's own from the same address").isEqualTo(429);

		for (String account : accounts) {
			String token = ClassLinkSteps.participantGetsToken(visitor(), this.fake, link, account);
			assertThat(this.fake.usernameOfToken(token)).hasValue(account);
		}
		assertThat(this.fake.registrationsMade()).isEqualTo(1);
	}

}
