package org.tootkey.flow;

import java.net.InetAddress;
import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.InetAddressFilter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.tootkey.fake.FakeMastodon;
import org.tootkey.fake.ServerMode;
import org.tootkey.support.RecordingResolver;
import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name that pointed at a good address during discovery and registration points
 * somewhere forbidden when the code is exchanged (DNS rebinding). The filter runs inside
 * DNS resolution, for the token exchange too: the person gets our plain page, not a 500,
 * and no connection is made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tootkey.allow-local-servers=true")
class DnsRebindingTests {

	static final String NAME = "rebind.test";

	@LocalServerPort
	int port;

	@Autowired
	RecordingResolver resolver;

	private FakeMastodon fake;

	@BeforeEach
	void start() {
		// No OAuth metadata: its endpoints would name 127.0.0.1, not the name under test.
		this.fake = FakeMastodon.start(ServerMode.MASTODON_4_2);
		// A pooled connection keeps going to the address it was opened to (which is
		// safe); the
		// attack needs a new connection, and so a new look-up.
		this.fake.closeConnections(true);
		this.resolver.answer(NAME, "127.0.0.1");
	}

	@AfterEach
	void stop() {
		this.fake.close();
	}

	@Test
	void tokenExchangeWhenNameNowPointsToAForbiddenAddressThenPlainPageAndNoTokenRequest() {
		WizardClient browser = new WizardClient(URI.create("http://localhost:" + this.port));
		browser.alias(NAME, "127.0.0.1");
		String server = "http://" + NAME + ":" + this.fake.port();
		assertThat(browser.submit("/server", "/server", Map.of("server", server)).status()).isEqualTo(302);
		assertThat(browser
			.submit("/permissions", "/permissions", Map.of("preset", "post-text", "appName", "Bot", "website", ""))
			.status()).isEqualTo(302);
		Hop back = browser.authorizeOnServer("bot", "password", "approve");
		this.resolver.answer(NAME, "127.0.0.2");
		Hop page = browser.follow(back);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.uri().getPath()).isEqualTo("/problem/server-trouble");
		assertThat(page.body()).contains("That server’s address is not allowed");
		assertThat(this.fake.count("POST", "/oauth/token")).isZero();
	}

	@TestConfiguration
	static class Rebinding {

		@Bean
		@Primary
		RecordingResolver recordingResolver() {
			return new RecordingResolver((host) -> null);
		}

		/** Local servers are allowed here, except 127.0.0.2: the "forbidden" address. */
		@Bean
		@Primary
		InetAddressFilter testAddressFilter() throws Exception {
			InetAddress forbidden = InetAddress.getByName("127.0.0.2");
			return (address) -> !address.equals(forbidden);
		}

	}

}
