package org.tootkey.group;

/**
 * A class link that cannot be used. Says only which kind of refusal it is: nothing about
 * the bytes, so nothing of a damaged link reaches a page or a log.
 */
class LinkRefusedException extends RuntimeException {

	/** Why a link is refused. */
	enum Reason {

		/**
		 * Changed, cut short, made under another key (another Tootkey, or before a
		 * restart).
		 */
		DAMAGED,
		/** Genuine, but past its end. */
		EXPIRED

	}

	private final Reason reason;

	LinkRefusedException(Reason reason) {
		super(reason.name(), null, false, false);
		this.reason = reason;
	}

	Reason reason() {
		return this.reason;
	}

}
