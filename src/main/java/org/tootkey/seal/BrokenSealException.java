package org.tootkey.seal;

import org.tootkey.TootkeyException;

/**
 * A seal that does not open: changed, cut short, made under another key, purpose or
 * binding, or expired. Says only which of the two it is ({@code seal.damaged},
 * {@code seal.expired}): nothing about the bytes, so nothing of a damaged seal reaches a
 * page or a log.
 */
public class BrokenSealException extends TootkeyException {

	private static final long serialVersionUID = 1L;

	private final boolean expired;

	private BrokenSealException(boolean expired) {
		super(expired ? "seal.expired" : "seal.damaged");
		this.expired = expired;
	}

	/** Changed, cut short, or made under another key, purpose or binding. */
	public static BrokenSealException damaged() {
		return new BrokenSealException(false);
	}

	/** Genuine, but past its expiry. */
	public static BrokenSealException expired() {
		return new BrokenSealException(true);
	}

	/** Whether the seal was intact but is past its expiry. */
	public boolean isExpired() {
		return this.expired;
	}

}
