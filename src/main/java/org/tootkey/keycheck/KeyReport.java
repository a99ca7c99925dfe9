package org.tootkey.keycheck;

import java.util.Set;

import org.tootkey.mastodon.Account;
import org.tootkey.mastodon.KeyApp;
import org.tootkey.mastodon.TokenInfo;
import org.tootkey.server.ServerProfile;

/**
 * What the server said about a key.
 *
 * @param server the server asked
 * @param verdict the answer in one word
 * @param account the account the key acts for, or null when the server did not say
 * @param app the key's app, or null when the server did not say
 * @param info the server's own record of the key, or null where it has none
 */
record KeyReport(ServerProfile server, Verdict verdict, Account account, KeyApp app, TokenInfo info) {

	/** The answer in one word; each has a title and a sentence in the messages. */
	enum Verdict {

		/** It works, and acts for an account. */
		WORKS(true),
		/** It works, but its permissions don't let it say for which account. */
		WORKS_ACCOUNT_HIDDEN(true),
		/** It works for an app, not for any account (client credentials). */
		APP_ONLY(true),
		/** Someone revoked it. */
		REVOKED(false),
		/** Its time ran out. */
		EXPIRED(false),
		/**
		 * This server has never heard of it: another server's, mistyped, or its app was
		 * deleted.
		 */
		UNKNOWN_HERE(false),
		/** The server refused it without saying why in words we know. */
		REFUSED(false);

		private final boolean works;

		Verdict(boolean works) {
			this.works = works;
		}

		boolean works() {
			return this.works;
		}

		/** The message key part, e.g. {@code unknown-here}. */
		String slug() {
			return name().toLowerCase().replace('_', '-');
		}

	}

	/**
	 * The scopes the key carries, as exactly as the server says: its own record of the
	 * key, else the app's registered scopes (an upper bound), else what the program gives
	 * every key.
	 */
	Set<String> scopes() {
		if (this.info != null && !this.info.scopes().isEmpty()) {
			return this.info.scopes();
		}
		if (this.app != null && !this.app.scopes().isEmpty()) {
			return this.app.scopes();
		}
		return this.server.alwaysGrantedScopes();
	}

	/** Whether the scopes shown are the app's, so the key itself may carry fewer. */
	boolean scopesAreTheApps() {
		return (this.info == null || this.info.scopes().isEmpty()) && this.app != null && !this.app.scopes().isEmpty();
	}

}
