package org.tootkey.wizard;

import java.io.Serializable;

import org.tootkey.mastodon.Account;
import org.tootkey.server.ServerProfile;

/**
 * Whose key it is: the account the person named with the server (if they named one) and,
 * once a key was given back because it was for another account, why and for whom. Part of
 * a {@link WizardSession}; replaced, never changed.
 *
 * @param expected the local user name the person named, or null
 * @param refusal why the last key was given back, or null
 * @param refusedAccount the account the last given-back key was for, e.g.
 * {@code @alice@example.social}, or null
 */
record AccountCheck(String expected, Refusal refusal, String refusedAccount) implements Serializable {

	/**
	 * Why a key was given back: the person said "no", or it is not the account they
	 * named.
	 */
	enum Refusal {

		NOT_MINE, NOT_THE_NAMED_ACCOUNT

	}

	/** Nothing given back yet. */
	static AccountCheck naming(String expected) {
		return new AccountCheck(expected, null, null);
	}

	/** The same named account, with the key for {@code handle} given back. */
	AccountCheck refused(Refusal why, String handle) {
		return new AccountCheck(this.expected, why, handle);
	}

	/**
	 * Whether an account (by its local user name) is the one the person named, if they
	 * named one.
	 */
	boolean isExpected(Account account) {
		return this.expected == null || this.expected.equalsIgnoreCase(account.username());
	}

	/** The account the person named, in full ({@code @bot@example.social}), or null. */
	String expectedHandle(ServerProfile server) {
		return (this.expected != null) ? "@" + this.expected + "@" + server.handleDomain() : null;
	}

}
