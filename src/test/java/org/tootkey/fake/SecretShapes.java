package org.tootkey.fake;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Random identifiers and secrets in the shapes the different server programs hand out.
 */
final class SecretShapes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final AtomicLong NUMBERS = new AtomicLong(1000 + RANDOM.nextInt(9000));

	private SecretShapes() {
	}

	/** The shapes of client ids, client secrets, codes and access tokens. */
	enum Shape {

		/**
		 * Doorkeeper (Mastodon) and Pleroma: 32 random bytes, URL-safe base64 without
		 * padding (43 chars).
		 */
		URLSAFE_43,
		/**
		 * Iceshrimp.NET's {@code CryptographyHelpers.GenerateRandomString(32)};
		 * Misskey-style secrets.
		 */
		ALNUM_32,
		/** Laravel Passport client secrets: {@code Str::random(40)}. */
		ALNUM_40,
		/** Friendica-style random hex (not verified in source). */
		HEX_64,
		/**
		 * GoToSocial application client ids are ULIDs (26 chars, Crockford base32;
		 * commonly seen, not verified in source).
		 */
		ULID,
		/**
		 * GoToSocial client secrets are UUIDs (commonly seen, not verified in source).
		 */
		UUID,
		/**
		 * GoToSocial tokens and codes: upper-cased base64 of a UUID string, 48 chars
		 * (go-oauth2 generator; not verified in source).
		 */
		UPPER_48,
		/** Laravel Passport client ids are (sequential) integers. */
		NUMERIC,
		/** Laravel Passport access tokens are RS256 JWTs (header.payload.signature). */
		JWT,
		/**
		 * Sharkey's Mastodon layer: client_id is the standard base64 of the Misskey
		 * auth-session URL (not verified in source).
		 */
		BASE64_URL_OF_SESSION;

		String next(String baseUrl) {
			return switch (this) {
				case URLSAFE_43 -> urlSafe(32);
				case ALNUM_32 -> alnum(32);
				case ALNUM_40 -> alnum(40);
				case HEX_64 -> hex(32);
				case ULID -> ulid();
				case UUID -> java.util.UUID.randomUUID().toString();
				case UPPER_48 -> upper48();
				case NUMERIC -> Long.toString(NUMBERS.getAndIncrement());
				case JWT -> jwtLike(baseUrl);
				case BASE64_URL_OF_SESSION -> Base64.getEncoder()
					.encodeToString(
							(baseUrl + "/auth/" + java.util.UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
			};
		}

	}

	static String urlSafe(int bytes) {
		byte[] b = new byte[bytes];
		RANDOM.nextBytes(b);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
	}

	static String alnum(int length) {
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append(ALNUM.charAt(RANDOM.nextInt(ALNUM.length())));
		}
		return out.toString();
	}

	static String hex(int bytes) {
		byte[] b = new byte[bytes];
		RANDOM.nextBytes(b);
		StringBuilder out = new StringBuilder(bytes * 2);
		for (byte x : b) {
			out.append(String.format("%02x", x));
		}
		return out.toString();
	}

	static String ulid() {
		StringBuilder out = new StringBuilder(26);
		long time = System.currentTimeMillis();
		for (int i = 9; i >= 0; i--) {
			out.append(CROCKFORD.charAt((int) ((time >>> (5 * i)) & 31)));
		}
		for (int i = 0; i < 16; i++) {
			out.append(CROCKFORD.charAt(RANDOM.nextInt(32)));
		}
		return out.toString();
	}

	private static String upper48() {
		String uuid = UUID.nameUUIDFromBytes(urlSafe(32).getBytes(StandardCharsets.UTF_8)).toString();
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(uuid.getBytes(StandardCharsets.UTF_8))
			.toUpperCase(Locale.ROOT);
	}

	private static String jwtLike(String baseUrl) {
		Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
		long now = System.currentTimeMillis() / 1000;
		String header = Json.write(Json.obj("typ", "JWT", "alg", "RS256"));
		String payload = Json.write(Json.obj("aud", Long.toString(NUMBERS.get()), "jti", hex(40), "iat", now, "nbf",
				now, "exp", now + 31_536_000L, "sub", "1", "scopes",
				java.util.List.of("read", "write", "follow", "push"), "iss", baseUrl));
		return b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
				+ b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + urlSafe(256);
	}

}
