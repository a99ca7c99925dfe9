package org.tootkey.seal;

/**
 * A seal that does not open: changed, made under another key, purpose or binding, or
 * expired.
 */
public class BrokenSealException extends RuntimeException {

	private final boolean expired;

	BrokenSealException(boolean expired) {
		super(expired ? "expired" : "damaged", null, false, false);
		this.expired = expired;
	}

	/** Whether the seal was intact but is past its expiry. */
	public boolean expired() {
		return this.expired;
	}

}
