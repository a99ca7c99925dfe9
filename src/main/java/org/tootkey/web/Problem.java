package org.tootkey.web;

import org.tootkey.MessageKeys;

/**
 * Things that end a step, each with its own page: what happened, why it may have
 * happened, and one next step ({@code problem.<name>.title|what|why|action} in the
 * messages).
 */
public enum Problem {

	/** The wizard's session ended (idle too long, or finished). */
	SESSION_EXPIRED("/start"),
	/**
	 * The wizard's session ended while the person was on the server, and the server sent
	 * them back with a yes: an authorized app is left there, which the page says how to
	 * remove.
	 */
	SESSION_ENDED_AFTER_YES("/start"),
	/** A return link from the server that no pending authorization matches. */
	LINK_EXPIRED("/authorize"),
	/** The person chose Deny on the server's page. */
	DENIED("/authorize"),
	/** The server no longer knows the app (deleted, or the secret changed). */
	APP_GONE("/permissions"),
	/** The server refused the permissions asked for. */
	SCOPE_REFUSED("/permissions"),
	/** The server did not hand over the key for another reason. */
	TOKEN_FAILED("/authorize"),
	/** The server could not be reached while finishing the sign-in. */
	SERVER_TROUBLE("/authorize"),
	/** The return came from a server other than the one chosen. */
	ISSUER_MISMATCH("/start"),
	/** The key arrived but does not work for reading the account. */
	VERIFY_FAILED("/authorize");

	private final String nextStep;

	Problem(String nextStep) {
		this.nextStep = nextStep;
	}

	/** The path segment and message key part, e.g. {@code link-expired}. */
	public String slug() {
		return MessageKeys.slug(this);
	}

	/** Where the page's one button leads. */
	public String nextStep() {
		return this.nextStep;
	}

	/** Whether the next step starts a fresh wizard (a POST that ends the old session). */
	public boolean startsOver() {
		return "/start".equals(this.nextStep);
	}

	/** This problem's page. */
	public String path() {
		return "/problem/" + slug();
	}

	/** The redirect to this problem's page. */
	public String redirect() {
		return "redirect:" + path();
	}

	static Problem fromSlug(String slug) {
		for (Problem problem : values()) {
			if (problem.slug().equals(slug)) {
				return problem;
			}
		}
		return null;
	}

}
