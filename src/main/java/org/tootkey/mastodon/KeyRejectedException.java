package org.tootkey.mastodon;

/**
 * The server refused a key when asked whose it is ({@code verify_credentials}), with the
 * reason as far as the server's answer tells it. Its message key is the same as a plain
 * {@link MastodonApiException}'s for that answer, so callers that only show a message
 * need not know this type.
 */
public class KeyRejectedException extends MastodonApiException {

	private final Reason reason;

	KeyRejectedException(Reason reason, String messageKey) {
		super(messageKey);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why the server refused the key. */
	public enum Reason {

		/** 401, "The access token was revoked". */
		REVOKED,
		/** 401, "The access token expired". */
		EXPIRED,
		/** 401, "The access token is invalid": the server does not know it at all. */
		UNKNOWN,
		/** 401 in words we don't recognise (another program, or another language). */
		REFUSED,
		/**
		 * 422, "This method requires an authenticated user": a key for an app, not an
		 * account.
		 */
		NOT_A_USER,
		/** 403: a working key whose permissions don't include seeing its account. */
		NO_PERMISSION

	}

}
