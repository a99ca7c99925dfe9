package org.tootkey.server;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ServerAddressTests {

	@ParameterizedTest(name = "[{index}] \"{0}\" is {1} (account {2})")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			example.social                          | https://example.social | -
			Example.Social.                         | https://example.social | -
			https://example.social/                 | https://example.social | -
			http://example.social                   | https://example.social | -
			https://example.social/@bot             | https://example.social | bot
			https://example.social/users/bot        | https://example.social | bot
			https://example.social/about            | https://example.social | -
			https://example.social:443/             | https://example.social | -
			@bot@example.social                     | https://example.social | bot
			bot@example.social                      | https://example.social | bot
			acct:bot@example.social                 | https://example.social | bot
			'   example.social   '                  | https://example.social | -
			example.social/explore                  | https://example.social | -
			bücher.example.org                      | https://xn--bcher-kva.example.org | -
			https://bücher.example.org/@bot         | https://xn--bcher-kva.example.org | bot
			@bot@Bücher.Example.org                 | https://xn--bcher-kva.example.org | bot
			https://Bücher.Example.org./            | https://xn--bcher-kva.example.org | -
			xn--bcher-kva.example.org               | https://xn--bcher-kva.example.org | -
			HTTPS://EXAMPLE.SOCIAL/@Bot             | https://example.social | Bot
			https://example.social/users/bot/       | https://example.social | bot
			https://example.social/@bot?ref=x#top   | https://example.social | bot
			https://example.social/about/more       | https://example.social | -
			example.social:443                      | https://example.social | -
			'  @bot@example.social  '               | https://example.social | bot
			'ACCT:bot@Example.Social'               | https://example.social | bot
			""")
	void parseWhenAddressIsUsableThenNormalises(String input, String base, String account) {
		ServerAddress address = ServerAddress.parse(input, false);
		assertThat(address.baseUri()).hasToString(base);
		assertThat(address.account()).isEqualTo(account);
	}

	@ParameterizedTest(name = "[{index}] pasted line breaks in {0} are ignored")
	@CsvSource({ "'example.social\n'", "'\r\nexample.social\r\n'", "'\texample.social'", "'example.\nsocial'",
			"'https://example.social/\r\n'", "'\n@bot@example.social\n'" })
	void parseWhenPastedWithLineBreaksThenIgnoresThem(String input) {
		assertThat(ServerAddress.parse(input, false).host()).isEqualTo("example.social");
	}

	@ParameterizedTest(name = "[{index}] \"{0}\" is refused as {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			-                                       | empty
			''                                      | empty
			'   '                                   | empty
			exa mple.social                         | spaces
			https://user:pass@example.social/       | credentials
			https://user@example.social/            | credentials
			user:pass@example.social                | credentials
			http://user:pass@example.social:8443/x  | credentials
			https://bücher:geheim@example.social/   | credentials
			gopher://example.social                 | scheme
			data:text/html,hello                    | scheme
			//example.social                        | invalid
			http://[::1]:8001/                      | port
			192.168.1.20                            | ip
			@bot@10.0.0.1                           | ip
			https://example.social.local/           | reserved
			@bot@printer.local                      | reserved
			HOST.ONION                              | reserved
			example                                 | single-label
			@bot@example                            | single-label
			exa mple.social/@bot                    | spaces
			'example.social @bot'                   | spaces
			ftp://example.social                    | scheme
			javascript:alert(1)                     | scheme
			mailto:bot@example.social               | scheme
			file:///etc/passwd                      | scheme
			127.0.0.1                               | ip
			https://10.0.0.1/                       | ip
			https://[::1]/                          | ip
			example.social:8443                     | port
			https://example.social:8443/            | port
			localhost                               | single-label
			mastodon                                | single-label
			printer.local                           | reserved
			db.internal                             | reserved
			app.localhost                           | reserved
			abcdefghijklmnop.onion                  | reserved
			exa_mple.social                         | invalid
			-example.social                         | invalid
			example..social                         | invalid
			@@example.social                        | handle
			@bot@                                   | handle
			b@t@example.social                      | handle
			""")
	void parseWhenAddressIsUnusableThenSaysWhy(String input, String reason) {
		assertThatExceptionOfType(InvalidServerAddressException.class)
			.isThrownBy(() -> ServerAddress.parse(input, false))
			.satisfies((ex) -> assertThat(ex.getCodes()[0]).isEqualTo("server.invalid." + reason));
	}

	@org.junit.jupiter.api.Test
	void parseWhenNameIsLongerThan253CharactersThenTooLong() {
		String name = ("a".repeat(60) + ".").repeat(5) + "social";
		assertThatExceptionOfType(InvalidServerAddressException.class)
			.isThrownBy(() -> ServerAddress.parse(name, false))
			.satisfies((ex) -> assertThat(ex.getCodes()[0]).isEqualTo("server.invalid.too-long"));
	}

	@ParameterizedTest(name = "[{index}] a name over 253 characters as {0} is too long")
	@CsvSource({ "https://", "@bot@", "bot@", "''" })
	void parseWhenNameIsTooLongInAnyFormThenTooLong(String prefix) {
		String name = ("b".repeat(63) + ".").repeat(4) + "social";
		assertThat(name).hasSizeGreaterThan(ServerAddress.MAX_NAME_LENGTH);
		assertThatExceptionOfType(InvalidServerAddressException.class)
			.isThrownBy(() -> ServerAddress.parse(prefix + name, false))
			.satisfies((ex) -> assertThat(ex.getCodes()[0]).isEqualTo("server.invalid.too-long"));
	}

	@org.junit.jupiter.api.Test
	void parseWhenNameIsExactly253CharactersThenAccepted() {
		String name = ("c".repeat(62) + ".").repeat(3) + "d".repeat(57) + ".social";
		assertThat(name).hasSize(ServerAddress.MAX_NAME_LENGTH);
		assertThat(ServerAddress.parse(name, false).host()).isEqualTo(name);
	}

	@org.junit.jupiter.api.Test
	void parseWhenALabelIsLongerThan63CharactersThenInvalid() {
		assertThatExceptionOfType(InvalidServerAddressException.class)
			.isThrownBy(() -> ServerAddress.parse("a".repeat(64) + ".social", false))
			.satisfies((ex) -> assertThat(ex.getCodes()[0]).isIn("server.invalid.invalid", "server.invalid.too-long"));
	}

	@ParameterizedTest(name = "[{index}] \"{0}\" is sent as {1} and shown as {2}")
	@CsvSource(delimiter = '|', textBlock = """
			bücher.example.org              | xn--bcher-kva.example.org | bücher.example.org
			https://日本.example/@bot         | xn--wgv71a.example        | 日本.example (xn--wgv71a.example)
			@bot@ÉCOLE.example.org          | xn--cole-9oa.example.org  | école.example.org
			xn--bcher-kva.example.org       | xn--bcher-kva.example.org | bücher.example.org
			""")
	void parseWhenNameIsInternationalThenSentAsPunycodeAndShownInUnicode(String input, String ascii, String shown) {
		ServerAddress address = ServerAddress.parse(input, true);
		assertThat(address.host()).isEqualTo(ascii);
		assertThat(address.baseUri().getHost()).isEqualTo(ascii);
		assertThat(address.displayHost()).isEqualTo(shown);
	}

	@ParameterizedTest(name = "[{index}] \"{0}\" is shown as {1}")
	@CsvSource(delimiter = '|', textBlock = """
			xn--e1afmkfd.xn--p1ai        | пример.рф (xn--e1afmkfd.xn--p1ai)
			пример.рф                    | пример.рф (xn--e1afmkfd.xn--p1ai)
			xn--pple-43d.com             | аpple.com (xn--pple-43d.com)
			xn--bcher-kva.example.org    | bücher.example.org
			apple.com                    | apple.com
			""")
	void displayHostWhenNameIsNotAllLatinOrMixesScriptsThenPunycodeIsShownBesideIt(String input, String shown) {
		ServerAddress address = ServerAddress.parse(input, false);
		assertThat(address.displayHost()).isEqualTo(shown);
		assertThat(ServerAddress.parse(address.refill(), false).host()).as("the refilled field leads back here")
			.isEqualTo(address.host());
	}

	@ParameterizedTest(name = "[{index}] with local servers allowed \"{0}\" is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			http://127.0.0.1:8001          | http://127.0.0.1:8001
			http://localhost:8001/         | http://localhost:8001
			https://example.social:8443/   | https://example.social:8443
			http://printer.local           | http://printer.local
			""")
	void parseWhenLocalServersAllowedThenAcceptsHttpIpsAndPorts(String input, String base) {
		assertThat(ServerAddress.parse(input, true).baseUri()).hasToString(base);
	}

	@ParameterizedTest(name = "[{index}] with local servers allowed \"{0}\" is {1}, account {2}, shown as {3}")
	@CsvSource(delimiter = '|', textBlock = """
			@bot@127.0.0.1:8002            | http://127.0.0.1:8002      | bot | 127.0.0.1:8002
			bot@localhost:8002             | http://localhost:8002      | bot | localhost:8002
			http://127.0.0.1:8001/@bot     | http://127.0.0.1:8001      | bot | 127.0.0.1:8001
			https://example.social:8443/   | https://example.social:8443 |    | example.social:8443
			""")
	void parseWhenLocalServersAllowedThenAHandleMayCarryAPortAndThePortIsShown(String input, String base,
			String account, String shown) {
		ServerAddress address = ServerAddress.parse(input, true);
		assertThat(address.baseUri()).hasToString(base);
		assertThat(address.account()).isEqualTo(account);
		assertThat(address.displayHost()).isEqualTo(shown);
	}

	@org.junit.jupiter.api.Test
	void parseWhenLocalServersNotAllowedThenAHandleWithAPortIsRefusedForItsPort() {
		assertThatExceptionOfType(InvalidServerAddressException.class)
			.isThrownBy(() -> ServerAddress.parse("@bot@example.social:8443", false))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("port"));
	}

	@org.junit.jupiter.api.Test
	void displayHostWhenInternationalThenShowsUnicode() {
		assertThat(ServerAddress.parse("xn--bcher-kva.example.org", false).displayHost())
			.isEqualTo("bücher.example.org");
	}

	@ParameterizedTest
	@CsvSource({ "https://example.social/oauth/authorize, true", "HTTPS://Example.Social/x, true",
			"http://example.social/x, false", "https://example.social:8443/x, false", "https://evil.example/x, false",
			"https://example.social.evil.example/x, false", "/relative, false" })
	void ownsWhenUrlIsOnTheSameSchemeHostAndPortThenTrue(String url, boolean owned) {
		assertThat(ServerAddress.parse("example.social", false).owns(java.net.URI.create(url))).isEqualTo(owned);
	}

}
