package org.tootkey.web;

/**
 * Where the wizard's pages are, for the layers below it that send people there (a problem
 * page's one button, a form re-sent after the wizard ended, a sign-in that could not
 * start) without knowing the wizard: they name what the page is for, and the wizard,
 * which owns the pages, answers with its path.
 */
public interface JourneyPages {

	/** A page of the journey, by what it is for. */
	enum Page {

		/** A fresh wizard (a POST that ends the old session). */
		START_OVER,
		/** Choosing the permissions, which registers the app again. */
		PERMISSIONS,
		/** Signing in on the server again. */
		AUTHORIZE,
		/** The show-once credentials page. */
		CREDENTIALS

	}

	/** The page's path, e.g. {@code /authorize}. */
	String path(Page page);

}
