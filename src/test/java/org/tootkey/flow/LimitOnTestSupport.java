package org.tootkey.flow;

import java.net.URI;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.tootkey.fake.FakeMastodon;
import org.tootkey.support.WizardClient;

/**
 * The app on a random port with the per-visitor limit on (three look-ups, registrations
 * or key checks per ten minutes), and a fresh fake server for each test. Whether the
 * local proxy is trusted is each class's own setting ({@link #TRUSTED_LOCAL_PROXY}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tootkey.allow-local-servers=true", "tootkey.rate-limit.enabled=true",
				"tootkey.rate-limit.requests=3", "tootkey.rate-limit.period=10m" })
abstract class LimitOnTestSupport {

	/** The tests play a proxy on this machine; the shipped settings trust none. */
	static final String TRUSTED_LOCAL_PROXY = "tootkey.trusted-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1";

	@LocalServerPort
	int port;

	@Autowired
	CacheManager cacheManager;

	FakeMastodon fake;

	@BeforeEach
	void startFake() {
		this.fake = FakeMastodon.start();
	}

	@AfterEach
	void stopFake() {
		this.fake.close();
	}

	/** Forgets every server: only a real look-up counts against the limit. */
	void forgetServers() {
		this.cacheManager.getCache("server-profiles").clear();
	}

	/**
	 * A fresh browser that says it comes from this address (believed only through a
	 * trusted proxy).
	 */
	WizardClient visitor(String address) {
		WizardClient browser = new WizardClient(URI.create("http://localhost:" + this.port));
		browser.header("X-Forwarded-For", address);
		return browser;
	}

}
