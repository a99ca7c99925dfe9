package org.tootkey.flow;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole journey, then a search of every log line for the journey's code, state, PKCE
 * verifier, client secret and access token: at the shipped log levels, and again with DEBUG
 * on for the web, security and HTTP-client loggers.
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

	}

	static void assertNoSecretIn(String logs, List<String> secrets) {
		assertThat(secrets).as("the journey produced secrets to look for").hasSizeGreaterThanOrEqualTo(5);
		for (String secret : secrets) {
			assertThat(logs).as("a secret reached the logs").doesNotContain(secret);
		}
	}

}
