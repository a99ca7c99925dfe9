package org.tootkey.mastodon;

import java.util.OptionalLong;

/**
 * The server's limit on app registrations per address was reached. Carries how long until
 * it ends, when the server said, so the page can answer 429 with {@code Retry-After}.
 */
public class RegistrationLimitException extends MastodonApiException {

	private static final long serialVersionUID = 1L;

	private final long waitSeconds;

	RegistrationLimitException(long waitSeconds, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.waitSeconds = waitSeconds;
	}

	/** Seconds until the server registers apps from this address again, if it said. */
	public OptionalLong waitSeconds() {
		return (this.waitSeconds >= 0) ? OptionalLong.of(this.waitSeconds) : OptionalLong.empty();
	}

}
