package org.tootkey.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The wizard's journey, one step a method, as a person clicks through it: server,
 * permissions, authorize, the server's own login and consent page, "Is this your bot?",
 * ready, credentials. The one script every browser test drives; a test checks what it
 * proves between the steps. Buttons are found by their form, not their words, so the
 * script works in every language (the words are what the tests check).
 */
final class Journey {

	private final Page page;

	private final String app;

	Journey(Page page, int port) {
		this.page = page;
		this.app = "http://localhost:" + port;
	}

	/** Opens a page of the app. */
	Journey open(String path) {
		this.page.navigate(this.app + path);
		return this;
	}

	/** Step 1: opens the server page, types the server and continues. */
	Journey server(String server) {
		return open("/server").typeServer(server);
	}

	/** Step 1, on the server page already: types the server and continues. */
	Journey typeServer(String server) {
		this.page.locator("input[name=server]").fill(server);
		this.page.locator("form[action$='/server'] > button[type=submit]").click();
		return this;
	}

	/** Step 2: the permissions as chosen on the page (defaults unless changed). */
	Journey permissions() {
		this.page.locator("form[action$='/permissions'] button[type=submit]").click();
		return this;
	}

	/** Step 3: "Continue to …", to the server's own page. */
	Journey authorize() {
		this.page.locator("main form[method=get] button[type=submit]").click();
		return this;
	}

	/**
	 * On the fake server's page: the login (its e-mail address where the program logs in
	 * by e-mail) and password, not yet sent.
	 */
	Journey logIn(String username) {
		Locator login = this.page.locator("#username");
		boolean byEmail = "email".equals(login.getAttribute("type"));
		login.fill(byEmail ? username + "@fake.social" : username);
		this.page.locator("#password").fill("password");
		return this;
	}

	/** On the fake server's page: approves. */
	Journey approve() {
		this.page.locator("button[value=approve]").click();
		return this;
	}

	/**
	 * On the fake server's page: approves with the button that carries the program's own
	 * word ({@code ServerMode.approveButton}: "Allow" on GoToSocial, "Accept" on Sharkey
	 * …).
	 */
	Journey approve(String word) {
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(word).setExact(true)).click();
		return this;
	}

	/** "Is this your bot?": yes. */
	Journey yes() {
		this.page.locator("#answer").check();
		this.page.locator("form[action$='/authorized'] button[type=submit]").click();
		return this;
	}

	/** Ready: "I understand — show my credentials". */
	Journey reveal() {
		this.page.locator("form[action$='/credentials'] button").click();
		return this;
	}

	/** Server (as typed), permissions (defaults) and authorize: on the server's page. */
	Journey toServer(String server) {
		return server(server).permissions().authorize();
	}

	/** The whole journey as the bot, with the defaults, to the credentials page. */
	Journey toCredentials(String server) {
		return toServer(server).logIn("bot").approve().yes().reveal();
	}

}
