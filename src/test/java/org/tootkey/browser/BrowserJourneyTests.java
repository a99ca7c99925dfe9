package org.tootkey.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tootkey.fake.FakeMastodon;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's whole journey in a real browser (Debian's Chromium), including the fake
 * server's own login and consent page. Screenshots of every step go to
 * target/screenshots/.
 */
class BrowserJourneyTests extends BrowserTestSupport {

	private Page page;

	@BeforeEach
	void open() {
		this.fake = FakeMastodon.start();
		this.page = newPage(
				new Browser.NewContextOptions().setViewportSize(1024, 800).setLocale("en-GB").setAcceptDownloads(true));
		this.context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
	}

	@Test
	void journeyWhenPersonApprovesThenCredentialsWorkAndAreShownOnce() {
		Page page = this.page;
		page.navigate(url("/"));
		assertThat(page).hasTitle(Pattern.compile("Get the keys your Mastodon bot needs"));
		shot("01-start");
		press(page, "Start now");

		assertThat(page.getByText("Step 1 of 5")).isVisible();
		page.getByLabel("Which server is your bot’s account on?").fill(this.fake.baseUrl());
		shot("02-server");
		press(page, "Continue");

		assertThat(page.getByText("Step 2 of 5")).isVisible();
		assertThat(page.locator(".server-card")).containsText("Fake Social");
		shot("03-permissions");
		press(page, "Continue");

		assertThat(page.getByText("Step 3 of 5")).isVisible();
		assertThat(page.locator("h1")).hasText("Log in as your bot, not as yourself");
		shot("04-authorize");
		press(page, Pattern.compile("^Continue to"));

		journey(page).logIn("bot");
		shot("05-server-consent");
		press(page, "Authorize");

		assertThat(page.locator("h1")).hasText("Is this your bot?");
		assertThat(page.locator("[data-account]")).containsText("@bot@");
		shot("06-authorized");
		page.getByLabel(Pattern.compile("^Yes, @bot@.* is my bot$")).check();
		press(page, "Continue");

		assertThat(page.locator("h1")).hasText("Your keys are ready");
		shot("06b-ready");
		press(page, "I understand — show my credentials");

		assertThat(page.locator("h1")).hasText("Your bot’s keys");
		assertThat(page.getByText("Step 5 of 5")).isVisible();
		shot("07-credentials");
		String token = page.locator("[data-credential=access_token]").inputValue();
		String clientId = page.locator("[data-credential=client_id]").inputValue();
		assertThat(this.fake.tokenIsValid(token)).isTrue();
		assertThat(this.fake.apps()).anySatisfy((app) -> assertThat(app.clientId()).isEqualTo(clientId));
		assertThat(page.locator("[data-snippet=env]")).containsText("MASTODON_ACCESS_TOKEN='" + token + "'");

		page.locator("button[data-copy=cred-access_token]").click();
		page.reload();
		assertThat(page.locator("h1")).hasText("These credentials were already shown");
		assertThat(page.locator("[data-credential]")).hasCount(0);
		shot("08-already-shown");
		page.goBack();
		assertThat(page.locator("[data-credential=access_token]")).hasCount(0);
	}

	@Test
	void authorizedWhenLoggedInAsSomeoneElseThenNoKeysWithoutYesAndNoRevokesAndTriesAgain() {
		Page page = this.page;
		journey(page).toServer(this.fake.baseUrl()).logIn("alice");
		press(page, "Authorize");

		assertThat(page.locator("h1")).hasText("Is this your bot?");
		assertThat(page.locator("[data-account]")).hasText(Pattern.compile("^@alice@"));
		assertThat(page.locator("[data-not-bot]")).isVisible();
		String aliceToken = this.fake.issuedTokens().get(0);
		assertThat(page.content()).doesNotContain(aliceToken);
		assertThat(page.locator("[data-credential], form[action$='/credentials'], form[action$='/post']")).hasCount(0);
		assertThat(page.locator("input[type=radio]").first()).hasAttribute("value", "yes");
		shot("11-authorized-someone-else");

		page.getByLabel("No, that’s another account").check();
		press(page, "Continue");
		assertThat(page.locator("h1")).hasText("That key was for another account");
		assertThat(page.locator("main")).containsText("You said @alice@");
		assertThat(page.locator("main")).containsText("private window");
		assertThat(this.fake.tokenIsValid(aliceToken)).isFalse();
		assertThat(this.fake.statusesPosted()).isEmpty();
		shot("12-another-account");

		// As the page says: log out on the server first (here: the server forgets this
		// browser's login).
		List<com.microsoft.playwright.options.Cookie> kept = this.context.cookies()
			.stream()
			.filter((cookie) -> !cookie.name.equals(FakeMastodon.SESSION_COOKIE))
			.toList();
		this.context.clearCookies();
		this.context.addCookies(kept);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try again")).click();
		journey(page).authorize().logIn("bot").approve();
		assertThat(page.locator("[data-account]")).hasText(Pattern.compile("^@bot@"));
		assertThat(this.fake.apps()).hasSize(1);
	}

	@Test
	void callbackWhenTheBotWasNamedButAnotherAccountAuthorizedThenHardStopAndTheKeyIsRevoked() {
		Page page = this.page;
		journey(page).toServer(this.fake.baseUrl() + "/@bot").logIn("alice");
		press(page, "Authorize");

		assertThat(page.locator("h1")).hasText("That key was for another account");
		assertThat(page.locator("[data-mismatch]")).containsText("You asked for @bot@");
		assertThat(page.locator("[data-mismatch]")).containsText("gave the key to @alice@");
		String aliceToken = this.fake.issuedTokens().get(0);
		assertThat(this.fake.tokenIsValid(aliceToken)).isFalse();
		assertThat(page.content()).doesNotContain(aliceToken);
		shot("13-named-account-mismatch");
		page.navigate(url("/authorized"));
		assertThat(page.locator("h1")).hasText("Log in as your bot, not as yourself");
	}

	@Test
	void credentialsWhenLeftAndComeBackToThenAlreadyShownNeverABrowserErrorAndLeavingAsksFirst() {
		Page page = this.page;
		toCredentials(page);
		String token = page.locator("[data-credential=access_token]").inputValue();

		// Nothing copied or downloaded yet: leaving asks first, and "stay" stays.
		List<String> asked = new ArrayList<>();
		page.onceDialog((dialog) -> {
			asked.add(dialog.type());
			dialog.dismiss();
		});
		page.locator(".brand").click();
		page.waitForTimeout(500);
		assertThat(asked).containsExactly("beforeunload");
		assertThat(page.locator("[data-credential=access_token]")).hasValue(token);

		// External links open in a new tab and do not leave the page.
		assertThat(page.locator("main a[href^='http']")).not().hasCount(0);
		for (Locator link : page.locator("main a[href^='http']").all()) {
			assertThat(link).hasAttribute("target", "_blank");
		}

		// Downloaded: the file is named after the bot and server, and leaving no longer
		// asks.
		Download download = page.waitForDownload(() -> page.locator("button[data-download-env]").click());
		assertThat(download.suggestedFilename()).matches("bot-at-127\\.0\\.0\\.1.*\\.env");
		page.onDialog((dialog) -> {
			asked.add(dialog.type());
			dialog.accept();
		});
		page.getByText("Get credentials for another bot").click();
		assertThat(page.locator("h1")).hasText(Pattern.compile("Get the keys"));
		assertThat(asked).hasSize(1);

		page.goBack();
		assertThat(page.locator("h1")).hasText("These credentials were already shown");
		assertThat(page.locator("[data-credential]")).hasCount(0);
		assertThat(page.content()).doesNotContain(token);
		shot("14-back-after-leaving");
		page.goForward();
		assertThat(page.locator("h1")).hasText(Pattern.compile("Get the keys"));
		page.goBack();
		assertThat(page.locator("h1")).hasText("These credentials were already shown");
		// Further back, the finished wizard's pages say the same, not "start at step 1".
		page.goBack();
		assertThat(page.locator("h1")).hasText("These credentials were already shown");
		assertThat(page.locator(".notice")).hasCount(0);
		assertThat(page.content()).doesNotContain(token);
	}

	@Test
	void credentialsWhenDownloadedThenTheEnvFileLoadsInTheShellAndNoCodeSnippetHoldsASecret() throws Exception {
		Page page = this.page;
		toCredentials(page);
		String token = page.locator("[data-credential=access_token]").inputValue();
		String secret = page.locator("[data-credential=client_secret]").inputValue();
		String base = page.locator("[data-credential=api_base_url]").inputValue();
		for (String code : List.of("mastodon-py", "gitignore", "run", "compose", "curl", "masto-js", "bigbone")) {
			assertThat(page.locator("[data-snippet='" + code + "']").textContent()).as(code)
				.doesNotContain(token, secret);
		}
		assertThat(page.locator("[data-snippet=mastodon-py]")).containsText("os.environ[\"MASTODON_ACCESS_TOKEN\"]");
		assertThat(page.locator("[data-snippet=gitignore]")).hasText("*.env\n");

		Download download = page.waitForDownload(() -> page.locator("button[data-download-env]").click());
		Path folder = Files.createTempDirectory("tootkey-env");
		Path file = folder.resolve(download.suggestedFilename());
		download.saveAs(file);
		assertThat(Files.readString(file)).startsWith("# Mastodon keys for @bot@").contains("Never commit this file");
		Process shell = new ProcessBuilder("bash", "-c",
				"set -a; . ./" + file.getFileName() + "; set +a; printf '%s\\n' \"$MASTODON_API_BASE_URL\" "
						+ "\"$MASTODON_ACCESS_TOKEN\" \"$MASTODON_CLIENT_SECRET\"")
			.directory(folder.toFile())
			.start();
		String out = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(shell.waitFor()).isZero();
		assertThat(out).isEqualTo(base + "\n" + token + "\n" + secret + "\n");
		assertThat(this.fake.tokenIsValid(token)).isTrue();
	}

	@Test
	void credentialsWhenOpenedBeforeTheRevealThenNothingToShowYet() {
		this.page.navigate(url("/credentials"));
		assertThat(this.page.locator("h1")).hasText("Nothing to show yet");
	}

	private void toCredentials(Page page) {
		journey(page).toCredentials(this.fake.baseUrl());
		assertThat(page.locator("h1")).hasText("Your bot’s keys");
	}

	@Test
	void journeyWhenPersonClicksDenyThenPlainExplanationAndATryAgainButton() {
		Page page = this.page;
		journey(page).toServer(this.fake.baseUrl()).logIn("bot");
		press(page, "Deny");

		assertThat(page.locator("h1")).hasText("You chose Deny");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try again"))).isVisible();
		assertThat(page.url()).doesNotContain("error");
		shot("09-denied");
	}

	@Test
	void serverPageWhenInputIsBadThenErrorSummaryLinksToTheFieldAndKeepsTheValue() {
		Page page = this.page;
		page.navigate(url("/server"));
		page.getByLabel("Which server is your bot’s account on?").fill("not a server");
		press(page, "Continue");
		assertThat(page).hasTitle(Pattern.compile("^Error: "));
		assertThat(page.locator(".error-summary")).containsText("A server name has no spaces");
		assertThat(page.locator("#server")).hasValue("not a server");
		shot("10-server-error");
		page.locator(".error-summary a").click();
		assertThat(page.locator("#server")).isFocused();
	}

	private void shot(String name) {
		shot(this.page, name);
	}

}
