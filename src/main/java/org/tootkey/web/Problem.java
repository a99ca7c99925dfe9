package org.tootkey.web;

import org.tootkey.MessageKeys;
import org.tootkey.web.JourneyPages.Page;

/**
 * Things that end a step, each with its own page: what happened, why it may have
 * happened, and one next step ({@code problem.<name>.title|what|why|action} in the
 * messages).
 */
public enum Problem {

	/** The wizard's session ended (idle too long, or finished). */
	SESSION_EXPIRED(Page.START_OVER),
	/**
	 * The wizard's session ended while the person was on the server, and the server sent
	 * them back with a yes: an authorized app is left there, which the page says how to
	 * remove.
	 */
	SESSION_ENDED_AFTER_YES(Page.START_OVER),
	/** A return link from the server that no pending authorization matches. */
	LINK_EXPIRED(Page.AUTHORIZE),
	/** The person chose Deny on the server's page. */
	DENIED(Page.AUTHORIZE),
	/** The server no longer knows the app (deleted, or the secret changed). */
	APP_GONE(Page.PERMISSIONS),
	/** The server refused the permissions asked for. */
	SCOPE_REFUSED(Page.PERMISSIONS),
	/** The server did not hand over the key for another reason. */
	TOKEN_FAILED(Page.AUTHORIZE),
	/** The server could not be reached while finishing the sign-in. */
	SERVER_TROUBLE(Page.AUTHORIZE),
	/** The return came from a server other than the one chosen. */
	ISSUER_MISMATCH(Page.START_OVER),
	/** The key arrived but does not work for reading the account. */
	VERIFY_FAILED(Page.AUTHORIZE);

	/** Where the problem pages are (the controller's mapping is this and a slug). */
	static final String PATH_PREFIX = "/problem/";

	private final Page nextStep;

	Problem(Page nextStep) {
		this.nextStep = nextStep;
	}

	/** The path segment and message key part, e.g. {@code link-expired}. */
	public String slug() {
		return MessageKeys.slug(this);
	}

	/** Where the page's one button leads ({@link JourneyPages} has its path). */
	public Page nextStep() {
		return this.nextStep;
	}

	/** Whether the next step starts a fresh wizard (a POST that ends the old session). */
	public boolean startsOver() {
		return this.nextStep == Page.START_OVER;
	}

	/** This problem's page. */
	public String path() {
		return PATH_PREFIX + slug();
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
