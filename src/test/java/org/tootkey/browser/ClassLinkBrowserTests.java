package org.tootkey.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.tootkey.fake.FakeMastodon;
import org.tootkey.group.TestClassLinks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The group road in a real browser: the organizer makes a class link (page, QR code,
 * handout on screen, on a phone and in print), two participants use it for their own
 * bots; an expired, a changed and a foreign link each get a plain page and send nobody
 * anywhere. The app runs with a fixed {@code tootkey.link.key}, so the test can seal
 * links of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tootkey.allow-local-servers=true", "tootkey.link.key=" + ClassLinkBrowserTests.KEY })
class ClassLinkBrowserTests extends BrowserTestSupport {

	static final String KEY = "q0nYF1xY3Zl1ZmI5Qm0s6Qv2pA7Jt0b2m0r8WcE5s1A=";

	/** The organizer's browser. */
	private Page page;

	@BeforeEach
	void open() {
		this.fake = FakeMastodon.start();
		this.page = newPage(new Browser.NewContextOptions().setViewportSize(1024, 800).setLocale("en-GB"));
	}

	@Test
	void organizerMakesAClassLinkAndTwoParticipantsGetTheirOwnKeysWithIt() {
		this.fake.throttleRegistrations(true);
		List<String> students = this.fake.addAccounts("student", 2);
		Page page = this.page;
		page.navigate(base() + "/");
		page.getByText("Getting a group started?").click();

		assertThat(page.locator("h1")).hasText("Get a whole group started with one link");
		PageChecks.axeClean(page, "group intro");
		shot(page, "class-01-intro");
		press(page, "Start a class link");
		page.getByLabel("Which server is your bot’s account on?").fill(this.fake.baseUrl());
		press(page, "Continue");
		page.locator("input[name=appName]").fill("Friday bots");
		press(page, "Continue");

		assertThat(page.locator("h1")).hasText("Your class link is ready");
		assertThat(page.locator("svg[data-qr] path")).hasCount(1);
		assertThat(page.locator("main")).containsText("Anyone who has the link");
		assertThat(page.locator("main")).containsText("oauth/authorized_applications");
		PageChecks.axeClean(page, "class link");
		shot(page, "class-02-organizer");
		String link = page.locator("[data-class-link]").inputValue();
		assertThat(link).startsWith(base() + "/join/");
		assertThat(this.fake.registrationsMade()).isEqualTo(1);

		page.setViewportSize(375, 800);
		PageChecks.noHorizontalScroll(page, "class link on a phone");
		shot(page, "class-02-organizer-phone");
		page.setViewportSize(1024, 800);

		page.getByText("Open the handout to print").click();
		assertThat(page.locator("h1")).containsText("Get the keys for your bot on");
		assertThat(page.locator(".handout-url").first()).hasText(link);
		shot(page, "class-03-handout");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(page.locator(".site-header")).isHidden();
		assertThat(page.locator(".no-print")).isHidden();
		shot(page, "class-03-handout-print");
		page.pdf(new Page.PdfOptions()
			.setPath(Browsers.screenshot("class-03-handout").resolveSibling("class-03-handout.pdf")));
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

		for (String student : students) {
			try (BrowserContext participant = browser
				.newContext(new Browser.NewContextOptions().setViewportSize(375, 800).setLocale("en-GB"))) {
				Page p = participant.newPage();
				p.navigate(link);
				assertThat(p.locator("h1")).containsText("Get the keys for your bot on");
				assertThat(p.locator("[data-scopes]")).containsText("write:statuses");
				assertThat(p.locator("input[name=appName]")).hasCount(0);
				PageChecks.axeClean(p, "join page");
				shot(p, "class-04-join-" + student);
				press(p, "Continue");
				Journey journey = journey(p).authorize().logIn(student).approve();
				assertThat(p.locator("[data-account]")).containsText("@" + student + "@");
				journey.yes().reveal();
				String token = p.locator("[data-credential=access_token]").inputValue();
				assertThat(this.fake.usernameOfToken(token)).hasValue(student);
				assertThat(p.locator("[data-credential=client_id]")).hasValue(this.fake.apps().get(0).clientId());
				shot(p, "class-05-credentials-" + student);
			}
		}
		assertThat(this.fake.registrationsMade()).isEqualTo(1);
	}

	@Test
	void expiredLinkWhenOpenedThenSaysItRanOutAndSendsNobodyToTheServer() {
		Instant sealedAt = Instant.now().minus(Duration.ofDays(2));
		String path = TestClassLinks.joinPath(KEY, this.fake.baseUrl(), base(), sealedAt,
				sealedAt.plus(Duration.ofDays(1)));

		Page page = this.page;
		page.navigate(base() + path);

		assertThat(page.locator("h1")).hasText("This class link does not work");
		assertThat(page.locator("[data-refused]")).hasText("It has run out.");
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON)).hasCount(0);
		PageChecks.axeClean(page, "expired link");
		shot(page, "class-06-expired");
		assertThat(this.fake.requestCount()).isZero();
	}

	@Test
	void changedLinkWhenOpenedThenSaysItIsDamagedAndSendsNobodyToTheServer() {
		Instant now = Instant.now();
		String path = TestClassLinks.joinPath(KEY, this.fake.baseUrl(), base(), now, now.plus(Duration.ofDays(1)));
		char c = path.charAt(20);
		String changed = path.substring(0, 20) + ((c == 'x') ? 'y' : 'x') + path.substring(21);

		Page page = this.page;
		page.navigate(base() + changed);

		assertThat(page.locator("h1")).hasText("This class link does not work");
		assertThat(page.locator("[data-refused]")).containsText("incomplete or has been changed");
		shot(page, "class-07-tampered");
		assertThat(this.fake.requestCount()).isZero();
	}

	@Test
	void linkSealedUnderAnotherKeyWhenOpenedThenSaysItIsDamagedAndSendsNobodyToTheServer() {
		Instant now = Instant.now();
		String path = TestClassLinks.joinPath(null, this.fake.baseUrl(), base(), now, now.plus(Duration.ofDays(1)));

		Page page = this.page;
		page.navigate(base() + path);

		assertThat(page.locator("h1")).hasText("This class link does not work");
		assertThat(page.locator("[data-refused]")).containsText("made by another Tootkey");
		assertThat(this.fake.requestCount()).isZero();
	}

	private String base() {
		return url("");
	}

}
