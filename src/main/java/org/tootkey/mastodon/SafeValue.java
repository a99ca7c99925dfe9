package org.tootkey.mastodon;

import java.util.regex.Pattern;

/**
 * The shape a client id, client secret or access token must have before Tootkey shows it,
 * puts it in a snippet or sends it anywhere: the characters of URL-safe and standard
 * Base64, hex, JWTs and RFC 6749's token characters ({@code A-Z a-z 0-9 . _ ~ + / = -}),
 * at most {@value #MAX_LENGTH} long. Every server we know issues such values
 * (Mastodon/Doorkeeper: URL-safe Base64; GoToSocial, Akkoma, Pleroma, Misskey, Pixelfed:
 * Base64, hex or JWTs). A value with a quote, backtick, dollar, space or newline could
 * break out of a shell, compose or code snippet, so the journey stops instead.
 */
public final class SafeValue {

	/** Long enough for large JWTs. */
	public static final int MAX_LENGTH = 4096;

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._~+/=-]{1," + MAX_LENGTH + "}");

	/** The message key of the page that says a server sent a value we will not handle. */
	public static final String MESSAGE_KEY = "api.error.unsafe-value";

	private SafeValue() {
	}

	/** Whether a value from a server may be used as a credential. */
	public static boolean isSafe(String value) {
		return value != null && value.length() <= MAX_LENGTH && SHAPE.matcher(value).matches();
	}

}
