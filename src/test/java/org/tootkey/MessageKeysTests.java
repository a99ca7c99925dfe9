package org.tootkey;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tootkey.outbound.OutboundProblem;
import org.tootkey.web.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Message keys and paths made from enum names are the same under a Turkish default
 * locale.
 */
class MessageKeysTests {

	private Locale previous;

	@BeforeEach
	void turkish() {
		this.previous = Locale.getDefault();
		Locale.setDefault(Locale.forLanguageTag("tr-TR"));
	}

	@AfterEach
	void restore() {
		Locale.setDefault(this.previous);
	}

	@Test
	void keysWhenDefaultLocaleIsTurkishThenStayPlainAscii() {
		assertThat(Problem.ISSUER_MISMATCH.slug()).isEqualTo("issuer-mismatch");
		assertThat(Problem.ISSUER_MISMATCH.path()).isEqualTo("/problem/issuer-mismatch");
		assertThat(Problem.VERIFY_FAILED.slug()).isEqualTo("verify-failed");
		for (Problem problem : Problem.values()) {
			assertThat(problem.slug()).matches("[a-z-]+");
		}
		for (OutboundProblem problem : OutboundProblem.values()) {
			assertThat(problem.messageKey()).matches("outbound\\.[a-z-]+");
		}
		assertThat(MessageKeys.code(OutboundProblem.UNREACHABLE)).isEqualTo("unreachable");
	}

}
