package org.tootkey.flow;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tootkey.fake.Fault;
import org.tootkey.fake.SelfSignedHttps;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way a server can fail the wizard, each with its own plain explanation and the one
 * next step (issue 3, "Errors in plain words"). The value typed is kept on the server
 * page.
 */
class ServerErrorFlowTests extends FlowTestSupport {

	@Test
	void serverWhenNothingListensThenSaysItDidNotAnswer() {
		Hop page = choose("http://127.0.0.1:1");
		assertThat(page.body()).contains("127.0.0.1:1 exists but didn’t answer");
	}

	@Test
	void serverWhenItNeverAnswersThenSaysItTookTooLong() {
		this.fake.fault("/", Fault.TIMEOUT);
		long started = System.nanoTime();
		Hop page = choose(this.fake.baseUrl());
		assertThat(page.body()).contains(this.fake.hostAndPort() + " took too long to answer");
		// cut off by the total deadline (3 s here, 8 s by default), not by the server
		// (which
		// would hold on for 60 s); loosely, as machines running the suite may be busy
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
	}

	@Test
	void serverWhenCertificateIsNotTrustedThenSaysSo(@TempDir Path dir) throws Exception {
		HttpsServer https = SelfSignedHttps.start(dir,
				"{\"uri\":\"127.0.0.1\",\"title\":\"TLS\",\"version\":\"4.5.0\"}");
		try {
			Hop page = choose("https://127.0.0.1:" + https.getAddress().getPort());
			assertThat(page.body()).contains("its security certificate isn’t valid");
		}
		finally {
			https.stop(0);
		}
	}

	@Test
	void serverWhenItAnswersWithServerErrorsThenSaysItHasAProblemOfItsOwn() {
		this.fake.fault("/api/", Fault.STATUS_503);
		assertThat(choose(this.fake.baseUrl()).body()).contains(this.fake.hostAndPort() + " has a problem of its own");
	}

	@Test
	void serverWhenRateLimitedWithRetryAfterThenSaysHowLongToWait() {
		this.fake.fault("/api/", Fault.RATE_LIMITED);
		assertThat(choose(this.fake.baseUrl()).body())
			.contains(this.fake.hostAndPort() + " asks us to slow down. Try again in 1 minutes.");
	}

	@Test
	void serverWhenRateLimitedWithOnlyRateLimitResetThenSaysHowLongToWait() {
		this.fake.fault("/api/", Fault.RATE_LIMITED_RESET_ONLY);
		assertThat(choose(this.fake.baseUrl()).body())
			.containsPattern("asks us to slow down. Try again in [45] minutes");
	}

	@Test
	void serverWhenAnswerIsAWebPageInsteadOfJsonThenSaysSo() {
		this.fake.fault("/api/", Fault.HTML_PAGE);
		assertThat(choose(this.fake.baseUrl()).body())
			.contains(this.fake.hostAndPort() + " answered with a web page instead of the data");
	}

	@Test
	void serverWhenInstanceAnswerIsEmptyJsonThenSaysItOffersNoMastodonApi() {
		this.fake.fault("/.well-known/", Fault.STATUS_500);
		this.fake.fault("/api/", Fault.MISSING_FIELDS);
		assertThat(choose(this.fake.baseUrl()).body())
			.contains(this.fake.hostAndPort() + " doesn’t seem to offer the Mastodon API that bots use");
	}

	@Test
	void permissionsWhenSignUpsAreClosedThenOnlyWarnsAndRegistrationStillWorks() {
		this.fake.registrations(false, false);
		assertThat(choose(this.fake.baseUrl()).status()).isEqualTo(302);
		Hop page = this.browser.get("/permissions");
		assertThat(page.body()).contains("New accounts: closed (existing accounts still work)")
			.doesNotContain("There is a problem");
		chooseServerAndRegister("post-text");
	}

	@Test
	void permissionsWhenSignUpsNeedApprovalThenSaysSo() {
		this.fake.registrations(true, true);
		choose(this.fake.baseUrl());
		assertThat(this.browser.get("/permissions").body())
			.contains("New accounts: need approval from the server’s team");
	}

	@Test
	void permissionsWhenServerRefusesTheAppThenShowsItsReasonAndKeepsTheForm() {
		this.fake.refuseApps("Validation failed: Website <b>is invalid</b>");
		choose(this.fake.baseUrl());
		Hop page = this.browser.submit("/permissions", "/permissions",
				Map.of("preset", "post-text", "appName", "Weather bot", "website", ""));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body())
			.contains("The server refused to register the app. It said: “Validation failed: Website is invalid”")
			.contains("value=\"Weather bot\"")
			.doesNotContain("<b>is invalid</b>");
	}

	@Test
	void callbackWhenPersonRefusesThenSaysTheyChoseDeny() {
		chooseServerAndRegister("post-text");
		Hop page = this.browser.follow(this.browser.authorizeOnServer("bot", "password", "deny"));
		assertThat(page.uri().getPath()).isEqualTo("/problem/denied");
		assertThat(page.body()).contains("You chose Deny", "Try again");
	}

	@Test
	void callbackWhenCodeIsExpiredThenSaysTheLinkExpired() {
		this.fake.codeLifetime(Duration.ZERO);
		chooseServerAndRegister("post-text");
		Hop page = this.browser.follow(this.browser.authorizeOnServer("bot", "password", "approve"));
		assertThat(page.uri().getPath()).isEqualTo("/problem/link-expired");
	}

	@Test
	void callbackWhenServerForgotTheAppThenOffersToRegisterAgain() {
		chooseServerAndRegister("post-text");
		Hop back = this.browser.authorizeOnServer("bot", "password", "approve");
		this.fake.forgetApps();
		Hop page = this.browser.follow(back);
		assertThat(page.uri().getPath()).isEqualTo("/problem/app-gone");
		assertThat(page.body()).contains("Register the app again");
	}

	@Test
	void authorizedWhenServerGrantsLessThanAskedThenSaysWhatIsMissing() {
		this.fake.grantOnly("profile");
		Hop authorized = authorizeAs("bot");
		assertThat(authorized.uri().getPath()).isEqualTo("/authorized");
		assertThat(authorized.body())
			.contains("data-missing-scopes",
					"The server gave the bot fewer permissions than you chose. Missing: write:media, write:statuses.",
					"Choose permissions again")
			.doesNotContain("Send the post");
	}

	@Test
	void authorizedWhenServerGrantsWhatWasAskedThenNoWarning() {
		Hop authorized = authorizeAs("bot");
		assertThat(authorized.body()).doesNotContain("data-missing-scopes", "data-grants-everything");
	}

	private Hop choose(String typed) {
		return this.browser.submit("/server", "/server", Map.of("server", typed));
	}

}
