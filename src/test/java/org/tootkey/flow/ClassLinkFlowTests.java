package org.tootkey.flow;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole class through one class link against a server that limits app registrations the
 * way Mastodon does (five per ten minutes per address): one registration, one token per
 * participant, each for that participant's own account. (Tootkey's own per-visitor limit
 * is off in tests unless turned on, see {@link ClassLinkVisitorLimitTests}.)
 */
class ClassLinkFlowTests extends FlowTestSupport {

	static final int PARTICIPANTS = Integer.getInteger("tootkey.class.participants", 30);

	@Test
	void classOfThirtyWhenThroughOneLinkThenOneRegistrationAndThirtyOwnTokens() {
		this.fake.throttleRegistrations(true);
		List<String> accounts = this.fake.addAccounts("student", PARTICIPANTS);
		String link = organizerMakesClassLink();

		Set<String> tokens = new HashSet<>();
		long[] millis = new long[PARTICIPANTS];
		for (int i = 0; i < PARTICIPANTS; i++) {
			long started = System.nanoTime();
			String token = participantGetsToken(link, accounts.get(i));
			millis[i] = (System.nanoTime() - started) / 1_000_000;
			assertThat(this.fake.usernameOfToken(token)).as("owner of participant %d's token", i + 1)
				.hasValue(accounts.get(i));
			tokens.add(token);
		}

		assertThat(this.fake.registrationsMade()).as("apps registered on the server").isEqualTo(1);
		assertThat(this.fake.count("POST", "/api/v1/apps")).as("registration requests").isEqualTo(1);
		assertThat(this.fake.registrationsThrottled()).isZero();
		assertThat(tokens).as("distinct tokens").hasSize(PARTICIPANTS);
		assertThat(this.fake.count("GET", "/api/v2/instance")).as("discovery: the organizer's look-up only")
			.isEqualTo(1);
		assertThat(this.fake.count("GET", "/.well-known/oauth-authorization-server"))
			.as("the organizer's look-up, then one check for the whole class")
			.isEqualTo(2);
		long[] sorted = millis.clone();
		java.util.Arrays.sort(sorted);
		System.out.printf("CLASS-LINK participants=%d registrations=%d p50=%dms p99=%dms max=%dms%n", PARTICIPANTS,
				this.fake.registrationsMade(), percentile(sorted, 50), percentile(sorted, 99),
				sorted[sorted.length - 1]);
	}

	@Test
	void sixthVisitorWhenNoClassLinkThenWaitPage429WithRetryAfterTheServersResetTimeAndAPointerToClassLinks() {
		this.fake.throttleRegistrations(true);
		URI app = URI.create("http://localhost:" + this.port);
		for (int i = 1; i <= 5; i++) {
			WizardClient visitor = new WizardClient(app);
			this.browser = visitor;
			chooseServerAndRegister("post-text");
		}
		WizardClient sixth = new WizardClient(app);
		sixth.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		Hop refused = sixth.submit("/permissions", "/permissions",
				Map.of("preset", "post-text", "appName", "Flow bot", "website", ""));
		String reset = DateTimeFormatter.ofPattern("HH:mm 'UTC'")
			.withZone(ZoneOffset.UTC)
			.format(this.fake.registrationThrottleReset());

		// the wait page says "wait" to machines too: 429, and the server's own wait
		assertThat(refused.status()).isEqualTo(429);
		long waitSeconds = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
		long expected = java.time.Duration.between(java.time.Instant.now(), this.fake.registrationThrottleReset())
			.toSeconds();
		assertThat(waitSeconds).isBetween(expected - 30, expected + 30).isPositive();
		assertThat(refused.body()).contains("that limit is reached")
			.contains("(at " + reset + ")")
			.contains("Getting a group started?");
		assertThat(this.fake.registrationsMade()).isEqualTo(5);
		assertThat(this.fake.registrationsThrottled()).isEqualTo(1);
	}

	@Test
	void participantWhenLinkTamperedThenPlainPageAndNoCallToTheServer() {
		String link = organizerMakesClassLink();
		this.fake.clearRequests();
		char last = link.charAt(link.length() - 1);
		String tampered = link.substring(0, link.length() - 1) + ((last == 'A') ? 'B' : 'A');
		WizardClient participant = new WizardClient(URI.create("http://localhost:" + this.port));

		Hop shown = participant.get(tampered);
		Hop posted = participant.post("/join", Map.of("_csrf", WizardClient.csrf(participant.get("/").body()), "link",
				tampered.substring(tampered.lastIndexOf('/') + 1)));

		assertThat(shown.status()).isEqualTo(404);
		assertThat(shown.body()).contains("This class link does not work").doesNotContain("Continue");
		assertThat(posted.status()).isEqualTo(404);
		// (the organizer's look-up may still be probing NodeInfo, which Tootkey does not
		// wait for)
		assertThat(this.fake.count("GET", "/.well-known/oauth-authorization-server")).as("server check").isZero();
		assertThat(this.fake.count("GET", "/api/")).as("API calls").isZero();
		assertThat(this.fake.count("POST", "/api/")).as("API calls").isZero();
		assertThat(this.fake.count("GET", "/oauth/")).as("sign-in").isZero();
	}

	@Test
	void participantWhenServerNoLongerPublishesTheSameSignInPageThenNotSentThere() {
		String link = organizerMakesClassLink();
		WizardClient participant = new WizardClient(URI.create("http://localhost:" + this.port));
		Hop shown = participant.get(link);
		this.fake.fault("/.well-known/oauth-authorization-server", org.tootkey.fake.Fault.HTML_PAGE);

		Hop posted = participant.post("/join",
				Map.of("_csrf", WizardClient.csrf(shown.body()), "link", link.substring(link.lastIndexOf('/') + 1)));

		assertThat(posted.status()).isEqualTo(502);
		assertThat(posted.body()).contains("no longer answers the way it did");
		assertThat(this.fake.count("GET", "/oauth/authorize")).isZero();
	}

	@Test
	void organizerWhenChoosingSevenDaysThenNewLinkForTheSameAppAndNoMoreThanSevenAllowed() {
		String first = organizerMakesClassLink();
		String csrf = WizardClient.csrf(this.browser.get("/group/link").body());

		Hop week = this.browser.follow(this.browser.post("/group/link", Map.of("_csrf", csrf, "days", "7")));
		Hop tooLong = this.browser
			.follow(this.browser.post("/group/link", Map.of("_csrf", WizardClient.csrf(week.body()), "days", "8")));

		assertThat(week.body()).contains("Here is your new link.").contains("<option value=\"7\" selected");
		String second = ClassLinkSteps.classLink(week.body());
		assertThat(second).isNotEqualTo(first);
		assertThat(tooLong.body()).contains("Choose how many days the link should work");
		assertThat(ClassLinkSteps.classLink(tooLong.body())).isEqualTo(second);
		assertThat(this.fake.registrationsMade()).isEqualTo(1);
		WizardClient participant = new WizardClient(URI.create("http://localhost:" + this.port));
		assertThat(participant.get(first).status()).as("the first link still works").isEqualTo(200);
	}

	@Test
	void classLinkPageWhenNoGroupWasStartedThenBackToTheGroupIntroduction() {
		Hop page = this.browser.get("/group/link");

		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/group");
	}

	String organizerMakesClassLink() {
		return ClassLinkSteps.organizerMakesClassLink(this.browser, this.fake);
	}

	String participantGetsToken(String link, String account) {
		return ClassLinkSteps.participantGetsToken(URI.create("http://localhost:" + this.port), this.fake, link,
				account);
	}

	static long percentile(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
