package org.tootkey.flow;

import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tootkey.fake.FakeMastodon;
import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two roads of a class link, over real HTTP: the organizer's and one participant's.
 */
final class ClassLinkSteps {

	private static final Pattern CLASS_LINK = Pattern.compile("<input[^>]*value=\"([^\"]+)\"[^>]*data-class-link");

	private ClassLinkSteps() {
	}

	/** The organizer's road: start page link, server, permissions, class link. */
	static String organizerMakesClassLink(WizardClient browser, FakeMastodon fake) {
		Hop start = browser.get("/");
		assertThat(start.body()).contains("Getting a group started?").contains("href=\"/group\"");
		Hop group = browser.submit("/group", "/group/start", Map.of());
		assertThat(group.location()).endsWith("/server");
		browser.submit("/server", "/server", Map.of("server", fake.baseUrl()));
		Hop registered = browser.submit("/permissions", "/permissions",
				Map.of("preset", "post-media", "appName", "Class bot", "website", ""));
		assertThat(registered.location()).as(registered.body()).endsWith("/group/link");
		Hop page = browser.get("/group/link");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("data-qr").contains("Anyone who has the link");
		return classLink(page.body());
	}

	/** The class link shown on the organizer's page. */
	static String classLink(String html) {
		Matcher matcher = CLASS_LINK.matcher(html);
		assertThat(matcher.find()).as("class link on the organizer's page").isTrue();
		return matcher.group(1).replace("&amp;", "&");
	}

	/** One participant, their own cookie jar, from the link to their credentials. */
	static String participantGetsToken(URI app, FakeMastodon fake, String link, String account) {
		return participantGetsToken(new WizardClient(app), fake, link, account);
	}

	/**
	 * One participant, with the given client (its own cookie jar), from the link to their
	 * credentials.
	 */
	static String participantGetsToken(WizardClient participant, FakeMastodon fake, String link, String account) {
		Hop shown = participant.get(link);
		assertThat(shown.status()).as(shown.body()).isEqualTo(200);
		Hop joined = participant.post("/join",
				Map.of("_csrf", WizardClient.csrf(shown.body()), "link", link.substring(link.lastIndexOf('/') + 1)));
		assertThat(joined.location()).as(joined.body()).endsWith("/authorize");
		Hop back = participant.authorizeOnServer(account, "password", "approve");
		Hop authorized = participant.follow(back);
		assertThat(authorized.status()).as(authorized.body()).isEqualTo(200);
		Hop credentials = participant.reveal();
		String html = credentials.body();
		assertThat(WizardClient.credential(html, "client_id")).isEqualTo(fake.apps().get(0).clientId());
		return WizardClient.credential(html, "access_token");
	}

}
