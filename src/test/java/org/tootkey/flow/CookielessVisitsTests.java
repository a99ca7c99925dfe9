package org.tootkey.flow;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;
import org.tootkey.web.SessionCap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visit without cookies (a bookmark, a crawler, a chat app's link preview, or somebody
 * sending plain GETs on purpose) must not open a session: each one would hold a place
 * under {@code tootkey.max-sessions} for the idle timeout, and a few thousand of them
 * would tell every real visitor "too many people at once" for a quarter of an hour (issue
 * 16; found from outside: every wizard page reached too early opened one).
 */
@TestPropertySource(properties = "tootkey.max-sessions=" + CookielessVisitsTests.CAP)
class CookielessVisitsTests extends FlowTestSupport {

	static final int CAP = 3;

	/** Every page a GET can reach, in and out of order, with and without parameters. */
	static final List<String> PAGES = List.of("/", "/?lang=de", "/server", "/server?lang=fr",
			"/server?suggested=mastodon.social", "/permissions", "/authorize", "/another-account", "/authorized",
			"/ready", "/credentials", "/callback", "/callback?error=access_denied",
			"/callback?error=access_denied&error_description=no", "/callback?code=abc&state=xyz", "/group",
			"/group/link", "/group/handout", "/check", "/join/not-a-link", "/problem/link-expired", "/no-such-page");

	@Autowired
	SessionCap sessions;

	@Test
	void pagesWhenVisitedWithoutCookiesThenNoSessionOpensAndRealVisitorsCanStillStart() {
		int before = this.sessions.live();
		for (int round = 0; round <= CAP; round++) {
			for (String page : PAGES) {
				// a fresh client each time: nothing carried from one visit to the next
				WizardClient crawler = new WizardClient(URI.create("http://localhost:" + this.port));
				Hop hop = crawler.get(page);
				assertThat(hop.status()).as(page).isLessThan(500);
				assertNoSessionCookie(page, hop);
				if (hop.status() == 302) {
					// a crawler follows the redirect once, still without a session
					Hop next = crawler.follow(hop);
					assertThat(next.status()).as(page + " → " + hop.location()).isLessThan(500);
					assertNoSessionCookie(page + " → " + hop.location(), next);
				}
			}
		}
		assertThat(this.sessions.live()).as("sessions opened by visits without cookies").isEqualTo(before);
		WizardClient visitor = new WizardClient(URI.create("http://localhost:" + this.port));
		assertThat(visitor.submit("/", "/start", Map.of()).status()).as("a real visitor presses Start").isEqualTo(302);
		assertThat(this.sessions.live()).isEqualTo(before + 1);
	}

	@Test
	void pageOfALaterStepWhenVisitedWithoutASessionThenSendsToTheFirstStep() {
		for (String page : List.of("/permissions", "/authorize", "/another-account", "/authorized", "/ready")) {
			WizardClient stranger = new WizardClient(URI.create("http://localhost:" + this.port));
			Hop hop = stranger.get(page);
			assertThat(hop.status()).as(page).isEqualTo(302);
			assertThat(hop.location()).as(page).endsWith("/server");
			Hop server = stranger.follow(hop);
			assertThat(server.status()).as(page).isEqualTo(200);
			assertThat(WizardClient.formAction(server.body())).as(page).endsWith("/server");
		}
	}

	private static void assertNoSessionCookie(String what, Hop hop) {
		assertThat(hop.headers().allValues("Set-Cookie")).as(what)
			.noneMatch((cookie) -> cookie.startsWith("TOOTKEY_SESSION="));
	}

}
