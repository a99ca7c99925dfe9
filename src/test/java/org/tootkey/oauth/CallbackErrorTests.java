package org.tootkey.oauth;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.tootkey.outbound.OutboundException;
import org.tootkey.outbound.OutboundProblem;
import org.tootkey.web.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class CallbackErrorTests {

	@ParameterizedTest
	@EnumSource(mode = EnumSource.Mode.EXCLUDE, names = { "NO_ANSWER", "OTHER" })
	void codeWhenReadBackThenSameError(CallbackError error) {
		assertThat(CallbackError.of(error.code())).isEqualTo(error);
		assertThat(CallbackError.of(error.code().toUpperCase(Locale.ROOT))).isEqualTo(error);
	}

	@ParameterizedTest
	@EnumSource(OutboundProblem.class)
	void codeExchangeWithoutAnswerWhenReadBackThenServerTroubleExplainedByTheProblem(OutboundProblem problem) {
		String code = CallbackError.code(problem);
		assertThat(CallbackError.of(code)).isEqualTo(CallbackError.NO_ANSWER);
		assertThat(CallbackError.of(code).problem()).isEqualTo(Problem.SERVER_TROUBLE);
		assertThat(CallbackError.detail(code)).get()
			.isInstanceOfSatisfying(OutboundException.class, (ex) -> assertThat(ex.problem()).isEqualTo(problem));
	}

	@Test
	void codeWhenUnknownThenTokenFailedWithoutDetail() {
		assertThat(CallbackError.of("invalid_request").problem()).isEqualTo(Problem.TOKEN_FAILED);
		assertThat(CallbackError.detail("invalid_request")).isEmpty();
		assertThat(CallbackError.of("tootkey_no_such_thing").problem()).isEqualTo(Problem.SERVER_TROUBLE);
		assertThat(CallbackError.detail("tootkey_no_such_thing")).isEmpty();
	}

	@Test
	void codeWhenReadUnderATurkishDefaultLocaleThenSameError() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.forLanguageTag("tr-TR"));
			assertThat(CallbackError.of("TOOTKEY_ISSUER_MISMATCH")).isEqualTo(CallbackError.ISSUER_MISMATCH);
			assertThat(CallbackError.of("INVALID_CLIENT")).isEqualTo(CallbackError.APP_GONE);
			assertThat(CallbackError.code(OutboundProblem.ADDRESS_NOT_ALLOWED))
				.isEqualTo("tootkey_address_not_allowed");
		}
		finally {
			Locale.setDefault(before);
		}
	}

}
