package org.tootkey.flow;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.tootkey.fake.Connections;
import org.tootkey.fake.FakeMastodon;
import org.tootkey.fake.Fault;
import org.tootkey.fake.ServerMode;
import org.tootkey.fake.SelfSignedHttps;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault catalogue (issue 7), small enough for every build: each fault of the fake
 * server at each step of the journey (discovery, app registration, token exchange,
 * verification), plus a TLS failure and a DNS failure. For each, the person ends on a
 * plain page of ours (success or an explanation; never a 5xx, never a stack trace) within
 * the deadline, and afterwards nothing is stuck and the app still serves its start page.
 */
class FaultCatalogTests extends SmokeLoadSupport {

	/**
	 * Longest any one page may take: discovery waits at most deadline + 1 s (its probes
	 * run in parallel, the v1 fallback after v2); a generous margin for a loaded CI
	 * machine.
	 */
	private static final Duration PAGE_BOUND = DEADLINE.plusSeconds(1).plusSeconds(6);

	/** How long the person waits before each page. */
	private Duration pause = Duration.ZERO;

	enum Step {

		DISCOVERY("/.well-known/", "/api/v2/instance", "/api/v1/instance", "/nodeinfo/"), REGISTRATION("/api/v1/apps"),
		TOKEN("/oauth/token"), VERIFICATION("/api/v1/accounts/verify_credentials");

		final String[] paths;

		Step(String... paths) {
			this.paths = paths;
		}

	}

	static Stream<Arguments> faultsAtEachStep() {
		List<Arguments> cases = new ArrayList<>();
		for (Step step : Step.values()) {
			for (Fault fault : Fault.values()) {
				cases.add(Arguments.of(step, fault));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{1} at {0}")
	@MethodSource("faultsAtEachStep")
	void faultWhenInjectedAtAStepThenPlainPageWithinDeadlineAndNothingStuck(Step step, Fault fault) {
		for (String path : step.paths) {
			this.fake.fault(path, fault);
		}
		Hop last = walk(this.fake.baseUrl());
		assertPlainPage(last);
		if (expectsSuccess(step, fault)) {
			assertThat(last.uri().getPath()).as("journey should still succeed").isEqualTo("/credentials");
		}
		else if (fails(step, fault)) {
			assertThat(last.uri().getPath()).as("journey must not succeed").isNotEqualTo("/credentials");
			assertThat(last.body()).doesNotContain("data-credential=\"access_token\"");
		}
		assertHealthyAfterwards();
	}

	/**
	 * The connection behaviours of real servers (issue 10): each journey ends with
	 * credentials, the app registered once and the code exchanged once. Between pages the
	 * person pauses longer than {@link Connections#SHORT_IDLE}, so pooled connections die
	 * while we hold them.
	 */
	@ParameterizedTest(name = "{0}")
	@EnumSource(value = Connections.class, names = "KEEP_ALIVE", mode = EnumSource.Mode.EXCLUDE)
	void connectionsWhenServerClosesThemItsOwnWayThenJourneyStillEndsWithCredentials(Connections connections) {
		this.fake.close();
		this.fake = FakeMastodon.start(ServerMode.MASTODON_4_5, connections);
		// untimed first look at the server: a cold app on a busy machine may take longer
		// than the
		// page bound for its very first discovery, which is not what is measured here
		this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		this.pause = Connections.SHORT_IDLE.plusMillis(200);
		Hop last = walk(this.fake.baseUrl());
		assertPlainPage(last);
		assertThat(last.uri().getPath()).as(last.body()).isEqualTo("/credentials");
		assertThat(this.fake.count("POST", "/api/v1/apps")).as("apps registered").isEqualTo(1);
		assertThat(this.fake.count("POST", "/oauth/token")).as("codes exchanged").isEqualTo(1);
		assertHealthyAfterwards();
	}

	@Test
	void discoveryWhenServerHasSelfSignedCertificateThenPlainErrorOnServerPage() throws Exception {
		HttpsServer tls = SelfSignedHttps.start(Path.of("target", "tls-fake"),
				"{\"domain\":\"127.0.0.1\",\"title\":\"TLS fake\"}");
		try {
			Hop last = walk("https://127.0.0.1:" + tls.getAddress().getPort());
			assertPlainPage(last);
			assertThat(last.uri().getPath()).isEqualTo("/server");
			assertThat(last.body()).contains("error-summary");
		}
		finally {
			tls.stop(0);
		}
		assertHealthyAfterwards();
	}

	@Test
	void discoveryWhenNameDoesNotResolveThenPlainErrorOnServerPage() {
		Hop last = walk("https://tootkey-smoke-test.invalid");
		assertPlainPage(last);
		assertThat(last.uri().getPath()).isEqualTo("/server");
		assertThat(last.body()).contains("error-summary");
		assertHealthyAfterwards();
	}

	/** Faults that change nothing a careful client relies on at that step. */
	private static boolean expectsSuccess(Step step, Fault fault) {
		return fault == Fault.TOKEN_TYPE_LOWERCASE || (fault == Fault.TOKEN_WITHOUT_TYPE && step != Step.TOKEN)
		// issue 11: swollen lists are cut down to what is used; poisoned keys only matter
		// where keys are
				|| (fault == Fault.HUGE_LISTS && step == Step.DISCOVERY)
				|| (fault == Fault.UNSAFE_VALUE && (step == Step.DISCOVERY || step == Step.VERIFICATION));
	}

	/**
	 * Faults that make the step impossible: the person must not get credentials. (At the
	 * discovery step every probe fails the same way, so nothing says it is a Mastodon-API
	 * server.) A wrong content type and the token-type variants are left open: a lenient
	 * client may accept them; so are empty JSON objects at discovery (the wizard may
	 * carry on with Mastodon's default endpoints, which work here).
	 */
	private static boolean fails(Step step, Fault fault) {
		return switch (fault) {
			case TIMEOUT, RESET, STATUS_500, STATUS_502, STATUS_503, RATE_LIMITED, HTML_ERROR, EMPTY_BODY,
					MALFORMED_JSON, HUGE_BODY, SLOW_DRIP, REDIRECT_TO_PRIVATE ->
				true;
			case MISSING_FIELDS -> step != Step.DISCOVERY;
			case LONG_SECRET_VALUE -> step != Step.VERIFICATION;
			case UNSAFE_VALUE -> step == Step.REGISTRATION || step == Step.TOKEN;
			default -> false;
		};
	}

	/**
	 * The journey as far as it goes; returns the page the person ends on. Every page is
	 * timed.
	 */
	private Hop walk(String server) {
		Hop page = timed("server", () -> this.browser.submit("/server", "/server", Map.of("server", server)));
		if (!isRedirectTo(page, "/permissions")) {
			return timed("server error", () -> this.browser.follow(page));
		}
		Hop registered = timed("permissions", () -> this.browser.submit("/permissions", "/permissions",
				Map.of("preset", "post-media", "appName", "Fault bot", "website", "")));
		if (!isRedirectTo(registered, "/authorize")) {
			return timed("permissions error", () -> this.browser.follow(registered));
		}
		Hop back = timed("authorize", () -> this.browser.authorizeOnServer("bot", "password", "approve"));
		Hop afterCallback = timed("callback", () -> this.browser.follow(back));
		if (!afterCallback.uri().getPath().equals("/authorized")) {
			return afterCallback;
		}
		return timed("credentials", () -> this.browser.reveal());
	}

	private static boolean isRedirectTo(Hop hop, String path) {
		return hop.status() == 302 && hop.location() != null && hop.location().endsWith(path);
	}

	private Hop timed(String what, Supplier<Hop> call) {
		try {
			Thread.sleep(this.pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		long start = System.nanoTime();
		Hop hop = call.get();
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(took).as(what + " took " + took.toMillis() + " ms").isLessThanOrEqualTo(PAGE_BOUND);
		return hop;
	}

	private void assertPlainPage(Hop last) {
		assertThat(this.browser.hops()).as("no hop answered 5xx")
			.allSatisfy((hop) -> assertThat(hop.status()).as(hop.method() + " " + hop.uri()).isLessThan(500));
		assertThat(last.status()).as("final page status").isIn(200, 400, 403, 404, 409, 410, 422, 429);
		String body = last.body();
		assertThat(body).as("one of our pages").contains("site-header");
		assertThat(body).as("no stack trace or exception text")
			.doesNotContain("Exception", "\tat ", "at org.", "Whitelabel", "Caused by");
		assertThat(body).as("no raw server bodies")
			.doesNotContain("We're sorry, but something went wrong", "<center>nginx</center>", "{\"padding\"");
	}

	private void assertHealthyAfterwards() {
		this.fake.clearFaults();
		assertNothingStuck();
		assertThat(this.browser.get("/").status()).isEqualTo(200);
		Hop health = this.browser.get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).contains("UP");
	}

}
