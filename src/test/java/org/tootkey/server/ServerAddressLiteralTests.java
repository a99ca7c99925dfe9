package org.tootkey.server;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Half-typed IPv6 literals (found by {@link ServerAddressPropertyTests}: {@code "a@["}
 * made building the base URL throw an IllegalArgumentException) are our own "invalid"
 * error.
 */
class ServerAddressLiteralTests {

	@ParameterizedTest
	@ValueSource(strings = { "a@[", "bot@[fe80", "bot@[]", "bot@[zz]" })
	void parseWhenBracketIsNotAnIpv6LiteralThenInvalid(String typed) {
		assertThatExceptionOfType(InvalidServerAddressException.class)
			.isThrownBy(() -> ServerAddress.parse(typed, true));
	}

}
