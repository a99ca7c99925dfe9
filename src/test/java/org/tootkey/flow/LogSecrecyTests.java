package org.tootkey.flow;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.tootkey.fake.FakeMastodon;
import org.tootkey.fake.FakeMastodon.Key;
import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole journey, then a search of every log line for the journey's code, state, PKCE
 * verifier, client secret and access token: at the shipped log levels, and again with
 * DEBUG on for the web, security and HTTP-client loggers. The same for "Check a key": a
 * malformed canary key, a real key with its client secret, the seal of the answer page,
 * and revoking.
 */
class LogSecrecyTests {

	static final List<String> SECRET_PARAMETERS = List.of("code", "state", "code_verifier", "client_secret");

	@Nested
	@ExtendWith(OutputCaptureExtension.class)
	class AtShippedLevels extends FlowTestSupport {

		@Test
		void logsWhenWholeJourneyRunsThenNoSecretInAnyLine(CapturedOutput output) {
			authorizeAs("bot");
			reveal();
			assertNoSecretIn(output.getAll(), JourneySecrets.seenBy(this.fake, SECRET_PARAMETERS));
		}

		@Test
		void logsWhenKeyIsCheckedAndRevokedThenNoSecretInAnyLine(CapturedOutput output) {
			assertNoSecretIn(output.getAll(), checkAndRevoke(this.browser, this.fake));
		}

	}

	@Nested
	@ExtendWith(OutputCaptureExtension.class)
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "tootkey.allow-local-servers=true", "logging.level.org.springframework.web=DEBUG",
					"logging.level.org.springframework.security=DEBUG", "logging.level.org.springframework.http=DEBUG",
					"logging.level.org.apache.hc.client5=DEBUG", "logging.level.org.springframework.boot.http=DEBUG",
					"logging.level.org.tootkey=DEBUG", "logging.level.org.apache.catalina=DEBUG",
					"logging.level.org.apache.coyote=DEBUG" })
	class WithDebugOn extends FlowTestSupport {

		@Test
		void logsWhenWholeJourneyRunsWithDebugThenNoSecretInAnyLine(CapturedOutput output) {
			authorizeAs("bot");
			reveal();
			String logs = output.getAll();
			assertThat(logs).as("DEBUG is really on").contains("DEBUG");
			assertNoSecretIn(logs, JourneySecrets.seenBy(this.fake, SECRET_PARAMETERS));
		}

		@Test
		void logsWhenKeyIsCheckedAndRevokedWithDebugThenNoSecretInAnyLine(CapturedOutput output) {
			List<String> secrets = checkAndRevoke(this.browser, this.fake);
			String logs = output.getAll();
			assertThat(logs).as("DEBUG is really on").contains("DEBUG");
			assertNoSecretIn(logs, secrets);
		}

	}

	/**
	 * "Check a key" with canary values: a malformed key (refused before any call), then a
	 * real key with its app's client ID and secret, then revoking it from the answer
	 * page.
	 * @return the key, the client secret, the malformed key and the seal the answer page
	 * carried
	 */
	static List<String> checkAndRevoke(WizardClient browser, FakeMastodon fake) {
		String malformed = "canary-" + UUID.randomUUID() + "<>";
		Hop refused = browser.submit("/check", "/check", Map.of("server", fake.baseUrl(), "token", malformed));
		assertThat(refused.body()).contains("There is a problem");
		Key key = fake.issueKey("bot", "Canary bot", null, "profile write:statuses");
		Hop answer = browser.submit("/check", "/check", Map.of("server", fake.baseUrl(), "token", key.accessToken(),
				"clientId", key.clientId(), "clientSecret", key.clientSecret()));
		Matcher sealed = Pattern.compile("name=\"key\" value=\"([^\"]+)\"").matcher(answer.body());
		assertThat(sealed.find()).as("a revoke form").isTrue();
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(answer.body());
		assertThat(csrf.find()).isTrue();
		Hop revoked = browser.post("/check/revoke", Map.of("_csrf", csrf.group(1), "key", sealed.group(1)));
		assertThat(revoked.body()).contains("data-verdict=\"revoked\"");
		assertThat(fake.tokenIsValid(key.accessToken())).isFalse();
		return List.of(key.accessToken(), key.clientSecret(), malformed.substring(0, malformed.length() - 2),
				sealed.group(1), "Bearer " + key.accessToken().substring(0, 8),
				"token=" + key.accessToken().substring(0, 8), "client_secret=" + key.clientSecret().substring(0, 8));
	}

	static void assertNoSecretIn(String logs, List<String> secrets) {
		assertThat(secrets).as("the journey produced secrets to look for").hasSizeGreaterThanOrEqualTo(5);
		for (String secret : secrets) {
			assertThat(logs).as("a secret reached the logs").doesNotContain(secret);
		}
	}

}
