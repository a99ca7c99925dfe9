package org.tootkey.flow;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tootkey.web.SessionCap;
import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages before the wizard starts open no session, and live wizards are capped: one client
 * cannot fill the heap by asking for the start page, and beyond the cap a new visitor
 * gets a plain "busy" page while wizards under way go on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tootkey.max-sessions=" + SessionCapTests.CAP })
class SessionCapTests {

	static final int CAP = 3;

	@LocalServerPort
	int port;

	@Autowired
	SessionCap sessions;

	private WizardClient visitor() {
		return new WizardClient(URI.create("http://localhost:" + this.port));
	}

	@Test
	void pagesBeforeTheWizardStartsWhenRequestedManyTimesThenNoSessionIsCreated() {
		int before = this.sessions.live();
		for (int i = 0; i < 50; i++) {
			WizardClient anonymous = visitor();
			for (String page : List.of("/", "/?lang=de", "/group", "/check", "/no-such-page")) {
				Hop hop = anonymous.get(page);
				assertThat(hop.headers().allValues("Set-Cookie")).as(page)
					.noneMatch((cookie) -> cookie.startsWith("TOOTKEY_SESSION="));
			}
		}
		assertThat(this.sessions.live()).isEqualTo(before);
	}

	@Test
	void startPageWhenShownThenItsCsrfTokenIsInAnHttpOnlySameSiteCookieAndStartWorks() {
		WizardClient browser = visitor();
		Hop start = browser.get("/");
		String cookie = start.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("TOOTKEY_CSRF="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
		Hop started = browser.post("/start", Map.of("_csrf", WizardClient.csrf(start.body())));
		assertThat(started.status()).isEqualTo(302);
		assertThat(started.location()).endsWith("/server");
		assertThat(browser.follow(started).status()).isEqualTo(200);
	}

	@Test
	void startWhenLiveWizardsAreAtTheCapThenBusyPageWith429AndRetryAfterAndWizardsUnderWayGoOn() {
		WizardClient first = null;
		while (this.sessions.live() < CAP) {
			WizardClient browser = visitor();
			Hop started = browser.submit("/", "/start", Map.of());
			assertThat(started.status()).isEqualTo(302);
			first = (first != null) ? first : browser;
		}
		WizardClient late = visitor();
		Hop busy = late.submit("/", "/start", Map.of());
		assertThat(busy.status()).isEqualTo(429);
		assertThat(busy.headers().firstValue("Retry-After")).hasValue("60");
		assertThat(busy.body()).contains("Too many people at once").doesNotContain("Exception");
		assertThat(busy.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("TOOTKEY_SESSION="));
		assertThat(late.get("/permissions").status()).as("a later step without a wizard: sent to the first")
			.isEqualTo(302);
		Hop firstStep = late.get("/server");
		assertThat(firstStep.status()).as("the first step only shows its page: no session, nothing refused")
			.isEqualTo(200);
		assertThat(firstStep.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("TOOTKEY_SESSION="));
		assertThat(this.sessions.live()).isEqualTo(CAP);

		WizardClient german = visitor();
		german.get("/?lang=de");
		assertThat(german.submit("/", "/start", Map.of()).body()).contains("Gerade sind zu viele Leute da");

		if (first != null) {
			assertThat(first.get("/server").status()).as("a wizard under way is not refused").isEqualTo(200);
		}
	}

}
