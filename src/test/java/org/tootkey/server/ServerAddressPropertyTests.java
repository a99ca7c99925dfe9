package org.tootkey.server;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.tootkey.support.Seeded;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever is typed, the parser answers with an address or our own "invalid" error. */
class ServerAddressPropertyTests {

	private static final String URLISH = "abcxyzAZ09.-_@:/?#[]%!$&'()*+,;= \t\r\nüßé日本";

	private static final List<String> PREFIXES = List.of("https://", "http://", "@", "acct:", "", "ftp://", "//",
			"https://@");

	@Test
	void parseNeverThrowsAnythingButInvalidAddress() {
		Seeded.check(5000, (random) -> new Typed(typed(random), random.nextBoolean()), (typed) -> {
			try {
				ServerAddress address = ServerAddress.parse(typed.input(), typed.allowLocal());
				assertThat(address.host()).isNotBlank();
				assertThat(address.baseUri().getHost()).isNotNull();
				if (!typed.allowLocal()) {
					assertThat(address.scheme()).isEqualTo("https");
					assertThat(address.port()).isEqualTo(-1);
				}
			}
			catch (InvalidServerAddressException ex) {
				assertThat(ex.getCodes()[0]).startsWith("server.invalid.");
			}
		});
	}

	/**
	 * Anything at all, something URL-like, or URL-like after a scheme or handle prefix.
	 */
	static String typed(Random random) {
		return switch (random.nextInt(3)) {
			case 0 -> Seeded.anyString(random, 300);
			case 1 -> Seeded.from(random, URLISH, 0, 80);
			default -> Seeded.oneOf(random, PREFIXES) + Seeded.from(random, URLISH, 0, 80);
		};
	}

	record Typed(String input, boolean allowLocal) {

	}

}
