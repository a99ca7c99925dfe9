package org.tootkey.flow;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tootkey.fake.Fault;
import org.tootkey.outbound.OutboundProbe;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: a hostile server can neither take Tootkey down for everyone nor trick it.
 * Each test names the finding it guards against.
 */
class HostileServerFlowTests extends FlowTestSupport {

	@Autowired
	ApplicationContext context;

	/** Item 1: secrets thousands of characters long once leaked a permit per probe. */
	@Test
	void lookUpsWhenServerSendsVeryLongSecretValuesThenEveryPermitComesBackAndPagesArePlain() {
		this.fake.fault("/.well-known/", Fault.LONG_SECRET_VALUE);
		this.fake.fault("/api/", Fault.LONG_SECRET_VALUE);
		this.fake.fault("/nodeinfo/", Fault.LONG_SECRET_VALUE);
		int max = OutboundProbe.maxConcurrentCalls(this.context);
		for (int i = 0; i < 25; i++) {
			Hop page = this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
			assertThat(page.status()).as("look-up " + i).isLessThan(500);
		}
		int held = max - waitForPermits(max);
		System.out.println("[measure] permits held after 25 hostile look-ups: " + held + " of " + max);
		assertThat(held).as("permits held after 25 hostile look-ups").isZero();
	}

	/**
	 * Item 2: every list and string from a server is capped; the cache once held ~19 MB
	 * per look-up.
	 */
	@Test
	void lookUpsWhenServersSendHugeListsThenLiveHeapGrowsByLittlePerCachedProfile() {
		java.util.List<org.tootkey.fake.FakeMastodon> fakes = new java.util.ArrayList<>();
		try {
			// warm up (classes, pools) on the ordinary fake, so only the profiles count
			this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
			long before = liveHeap();
			for (int i = 0; i < 12; i++) {
				org.tootkey.fake.FakeMastodon hostile = org.tootkey.fake.FakeMastodon.start(mode());
				fakes.add(hostile);
				hostile.fault("/api/v2/instance", Fault.HUGE_LISTS);
				hostile.fault("/.well-known/oauth-authorization-server", Fault.HUGE_LISTS);
				Hop page = this.browser.submit("/server", "/server", Map.of("server", hostile.baseUrl()));
				assertThat(page.status()).as("look-up " + i + "\n" + page.body()).isEqualTo(302);
			}
			// the fakes are ours, not the app's: gone before measuring
			fakes.forEach(org.tootkey.fake.FakeMastodon::close);
			long after = liveHeap();
			long perLookUp = (after - before) / 12;
			System.out.println("[measure] live heap after 12 hostile ~1 MiB look-ups: " + (after - before) / 1024
					+ " KiB more (" + perLookUp / 1024 + " KiB per look-up)");
			// Live heap is noisy (pools, buffers); the profiles themselves are measured
			// exactly:
			@SuppressWarnings("unchecked")
			java.util.Map<Object, Object> cached = ((com.github.benmanes.caffeine.cache.Cache<Object, Object>) this.cacheManager
				.getCache("server-profiles")
				.getNativeCache()).asMap();
			assertThat(cached).hasSizeGreaterThanOrEqualTo(12);
			for (Object profile : cached.values()) {
				int size = serializedSize(profile);
				System.out.println("[measure] cached profile: " + size + " bytes serialized");
				assertThat(size).as("serialized size of a cached profile").isLessThan(8 * 1024);
			}
			// Live heap per look-up is noisy (1.5 to 3.4 MiB seen on a loaded machine);
			// the bound
			// still fails on the uncapped reader, which held about 6 MiB per look-up.
			assertThat(perLookUp).as("live heap per look-up, bytes (was 6 MiB)").isLessThan(4608L * 1024);
		}
		finally {
			fakes.forEach(org.tootkey.fake.FakeMastodon::close);
		}
	}

	/**
	 * Item 3, the mix-up attack with two servers: the chosen one forwards the visitor to
	 * an honest server's authorize page (same state and PKCE challenge, its own app
	 * there). The honest server names itself in {@code iss}; the code and the verifier
	 * must never reach the chosen server's token endpoint.
	 */
	@Test
	void callbackWhenIssNamesAnotherServerThanTheChosenOneThenNoCodeOrVerifierReachesTheAttacker() throws Exception {
		try (org.tootkey.fake.FakeMastodon honest = org.tootkey.fake.FakeMastodon.start()) {
			honest.advertiseIss(true);
			String callback = "http://localhost:" + this.port + "/callback";
			chooseServerAndRegister("post-media");
			// the attacker registers its own app at the honest server, with our callback
			// and scopes
			String scopes = String.join(" ", this.fake.apps().get(0).scopes());
			this.fake.mixUpWith(honest, registerApp(honest, callback, scopes));
			Hop page = this.browser.get("/authorize");
			String start = org.tootkey.support.WizardClient.formAction(page.body());
			Hop consent = this.browser.follow(this.browser.get(start));
			assertThat(consent.uri().getPort()).as("the visitor was forwarded to the honest server")
				.isEqualTo(honest.port());
			Map<String, String> form = org.tootkey.support.WizardClient.hiddenFields(consent.body());
			// Mastodon logs in by e-mail (the fake's accounts are name@fake.social)
			boolean byEmail = consent.body().contains("type=\"email\" name=\"username\"");
			form.put("username", byEmail ? "bot@fake.social" : "bot");
			form.put("password", "password");
			form.put("decision", "approve");
			String action = org.tootkey.support.WizardClient.formAction(consent.body());
			Hop back = this.browser.post(consent.uri().resolve(action).toString(), form);
			assertThat(back.location()).as(back.body()).contains("iss=");
			Hop end = this.browser.follow(back);
			assertThat(end.status()).isLessThan(500);
			assertThat(end.uri().getPath()).isNotEqualTo("/authorized");
			assertThat(this.fake.count("POST", "/oauth/token")).as("token requests at the attacker").isZero();
			assertThat(this.fake.requests()).as("nothing the attacker saw carries a code or verifier")
				.noneMatch((r) -> String.valueOf(r.body()).contains("code_verifier")
						|| String.valueOf(r.query()).contains("code="));
			assertThat(honest.issuedTokens()).isEmpty();
		}
	}

	/**
	 * Item 3, RFC 8414 §3.3: the metadata's issuer must be the origin it was fetched
	 * from.
	 */
	@Test
	void lookUpWhenMetadataNamesAnotherIssuerThenPlainErrorAndNoWizard() {
		this.fake.claimIssuer("https://mastodon.example/");
		Hop page = this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		assertThat(page.status()).isLessThan(500).isNotEqualTo(302);
		assertThat(page.body()).contains("error-summary");
	}

	/**
	 * Item 4: a client secret that could break out of a snippet ends the journey, unseen.
	 */
	@Test
	void registrationWhenServerSendsAClientSecretWithShellCharactersThenPlainPageWithoutTheValue() {
		this.fake.fault("/api/v1/apps", Fault.UNSAFE_VALUE);
		this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		Hop registered = this.browser.submit("/permissions", "/permissions",
				Map.of("preset", "post-media", "appName", "Flow bot", "website", ""));
		Hop page = this.browser.follow(registered);
		assertThat(page.status()).isLessThan(500);
		assertThat(page.uri().getPath()).isNotIn("/authorize", "/credentials");
		assertThat(page.body()).contains("characters that keys never contain").doesNotContain("tootkey-pwned", "EVIL");
	}

	/** Item 4: the same for an access token, at the code exchange. */
	@Test
	void tokenExchangeWhenServerSendsATokenWithShellCharactersThenPlainPageWithoutTheValue() {
		this.fake.fault("/oauth/token", Fault.UNSAFE_VALUE);
		Hop page = authorizeAs("bot");
		assertThat(this.browser.hops()).allSatisfy((hop) -> assertThat(hop.status()).isLessThan(500));
		assertThat(page.uri().getPath()).isNotIn("/authorized", "/credentials");
		assertThat(page.body()).contains("characters that keys never contain").doesNotContain("tootkey-pwned", "EVIL");
	}

	/**
	 * Item 7: a malformed Content-Type is a plain page, and its escape characters reach
	 * no log line.
	 */
	@Test
	@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
	void lookUpWhenContentTypeIsMalformedThenPlainPageAndNoControlCharacterInTheLog(
			org.springframework.boot.test.system.CapturedOutput output) {
		this.fake.fault("/api/v2/instance", Fault.MALFORMED_CONTENT_TYPE);
		this.fake.fault("/api/v1/instance", Fault.MALFORMED_CONTENT_TYPE);
		this.fake.fault("/.well-known/", Fault.MALFORMED_CONTENT_TYPE);
		Hop page = this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		assertThat(page.status()).isLessThan(500);
		assertThat(this.browser.follow(page).status()).isLessThan(500);
		assertThat(output.getAll()).doesNotContain("\u001b[2J", "pwned");
	}

	/**
	 * Item 8: WebFinger, host-meta and what follows share one deadline (3 s here, plus 1
	 * s).
	 */
	@Test
	void lookUpWhenWebFingerAndHostMetaAreBothSlowThenOneDeadlineCoversTheWholeChain() {
		this.fake.fault("/.well-known/webfinger", Fault.TIMEOUT);
		this.fake.fault("/.well-known/host-meta", Fault.SLOW_DRIP);
		long start = System.nanoTime();
		Hop page = this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl() + "/@bot"));
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("[measure] handle look-up with slow WebFinger and host-meta: " + millis + " ms");
		assertThat(page.status()).isLessThan(500);
		assertThat(millis).as("whole look-up, ms (was two full deadlines and more)").isLessThan(5_500);
	}

	private static String registerApp(org.tootkey.fake.FakeMastodon server, String redirectUri, String scopes)
			throws Exception {
		java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/api/v1/apps"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("client_name=Attacker&scopes="
						+ java.net.URLEncoder.encode(scopes, java.nio.charset.StandardCharsets.UTF_8)
						+ "&redirect_uris="
						+ java.net.URLEncoder.encode(redirectUri, java.nio.charset.StandardCharsets.UTF_8)))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"client_id\":\"([^\"]+)\"")
			.matcher(response.body());
		assertThat(id.find()).as(response.body()).isTrue();
		return id.group(1);
	}

	private static int serializedSize(Object value) {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return bytes.size();
	}

	private static long liveHeap() {
		java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 4; i++) {
			System.gc();
			sleep(100);
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	private int waitForPermits(int max) {
		long until = System.nanoTime() + 5_000_000_000L;
		int available = OutboundProbe.callsThatStartAtOnce(this.context);
		while (available < max && System.nanoTime() < until) {
			sleep(50);
			available = OutboundProbe.callsThatStartAtOnce(this.context);
		}
		return available;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
