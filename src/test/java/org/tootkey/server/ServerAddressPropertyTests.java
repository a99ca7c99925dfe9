package org.tootkey.server;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever is typed, the parser answers with an address or our own "invalid" error. */
class ServerAddressPropertyTests {

	@Property(tries = 5000)
	void parseNeverThrowsAnythingButInvalidAddress(@ForAll("typed") String input, @ForAll boolean allowLocal) {
		try {
			ServerAddress address = ServerAddress.parse(input, allowLocal);
			assertThat(address.host()).isNotBlank();
			assertThat(address.baseUri().getHost()).isNotNull();
			if (!allowLocal) {
				assertThat(address.scheme()).isEqualTo("https");
				assertThat(address.port()).isEqualTo(-1);
			}
		}
		catch (InvalidServerAddressException ex) {
			assertThat(ex.messageKey()).startsWith("server.invalid.");
		}
	}

	@Provide
	Arbitrary<String> typed() {
		Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(300);
		Arbitrary<String> urlish = Arbitraries.strings()
			.withChars("abcxyzAZ09.-_@:/?#[]%!$&'()*+,;= \t\r\nüßé日本")
			.ofMaxLength(80);
		Arbitrary<String> prefixed = Arbitraries.of("https://", "http://", "@", "acct:", "", "ftp://", "//", "https://@")
			.flatMap((prefix) -> urlish.map((rest) -> prefix + rest));
		return Arbitraries.oneOf(any, urlish, prefixed);
	}

}
