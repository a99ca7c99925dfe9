package org.tootkey.flow;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tootkey.fake.ServerMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A class link for a server without OAuth metadata (Mastodon before 4.3): the check
 * before sending participants there is one {@code GET /api/v1/instance} for the whole
 * class.
 */
class ClassLinkOlderServerFlowTests extends FlowTestSupport {

	@Override
	ServerMode mode() {
		return ServerMode.MASTODON_4_2;
	}

	@Test
	void participantsWhenServerHasNoOAuthMetadataThenCheckedOnceThroughItsInstanceDocument() {
		List<String> accounts = this.fake.addAccounts("pupil", 3);
		String link = ClassLinkSteps.organizerMakesClassLink(this.browser, this.fake);
		long before = this.fake.count("GET", "/api/v1/instance");

		for (String account : accounts) {
			String token = ClassLinkSteps.participantGetsToken(URI.create("http://localhost:" + this.port), this.fake,
					link, account);
			assertThat(this.fake.usernameOfToken(token)).hasValue(account);
		}

		assertThat(this.fake.count("GET", "/api/v1/instance") - before).as("checks for the class").isEqualTo(1);
		assertThat(this.fake.registrationsMade()).isEqualTo(1);
	}

}
