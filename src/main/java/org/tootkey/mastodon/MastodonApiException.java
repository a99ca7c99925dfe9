package org.tootkey.mastodon;

/**
 * A call to the Mastodon API did not succeed. Carries a message key and arguments that
 * are ours or have been reduced to short plain text; never a raw upstream body.
 */
public class MastodonApiException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public MastodonApiException(String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
