package org.tootkey;

import java.util.Locale;

/**
 * The one way an enum constant becomes part of a message key, path or code:
 * {@code ISSUER_MISMATCH} → {@code issuer-mismatch}, always in {@link Locale#ROOT} (under
 * a Turkish default locale {@code "I".toLowerCase()} is a dotless {@code ı}).
 */
public final class MessageKeys {

	private MessageKeys() {
	}

	/** Lower case, words joined by hyphens: {@code issuer-mismatch}. */
	public static String slug(Enum<?> value) {
		return code(value).replace('_', '-');
	}

	/** Lower case, words joined by underscores: {@code issuer_mismatch}. */
	public static String code(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
