package org.tootkey.flow;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.tootkey.fake.FakeMastodon;
import org.tootkey.fake.ServerMode;
import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app on a random port, talking real HTTP to a fake server on loopback (hence local
 * servers allowed). Each test gets a fresh fake server and a fresh browser-like client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tootkey.allow-local-servers=true", "tootkey.outbound.deadline=3s",
				"tootkey.outbound.read-timeout=2s",
				// the tests play a proxy on this machine; the default trusts none
				// (ForwardedHeadersTests)
				"tootkey.trusted-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1" })
abstract class FlowTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	CacheManager cacheManager;

	FakeMastodon fake;

	WizardClient browser;

	ServerMode mode() {
		return ServerMode.MASTODON_4_5;
	}

	@BeforeEach
	void startFake() {
		this.fake = FakeMastodon.start(mode());
		this.browser = new WizardClient(URI.create("http://localhost:" + this.port));
		this.cacheManager.getCache("server-profiles").clear();
	}

	@AfterEach
	void stopFake() {
		this.fake.close();
	}

	/** Server and permissions pages: leaves the wizard on the authorize page. */
	Hop chooseServerAndRegister(String preset) {
		Hop server = this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		assertThat(server.status()).as("server page answer").isEqualTo(302);
		assertThat(server.location()).endsWith("/permissions");
		Hop registered = this.browser.submit("/permissions", "/permissions",
				Map.of("preset", preset, "appName", "Flow bot", "website", ""));
		assertThat(registered.status()).as("permissions page answer:\n" + registered.body()).isEqualTo(302);
		assertThat(registered.location()).endsWith("/authorize");
		return registered;
	}

	/** The whole journey up to the "Is this your bot?" page. */
	Hop authorizeAs(String username) {
		chooseServerAndRegister("post-media");
		Hop back = this.browser.authorizeOnServer(username, "password", "approve");
		assertThat(back.status()).isEqualTo(302);
		return this.browser.follow(back);
	}

	/** From the authorized page: "yes, this is my bot", then the credentials page. */
	Hop reveal() {
		return this.browser.reveal();
	}

}
