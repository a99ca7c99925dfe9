package org.tootkey.seal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals bytes into a short URL-safe string and opens them again, with AES-256-GCM: a
 * fresh random 96-bit nonce per seal, the expiry inside the ciphertext, and the purpose
 * label (plus an optional binding such as the visitor's session) as associated data. The
 * string is {@code base64url(version ‖ nonce ‖ ciphertext ‖ tag)}, unpadded, with exactly
 * one spelling: any changed, added or removed character is refused before anything else
 * is read.
 */
public final class Sealer {

	/** The format version, first byte of every seal. */
	static final byte VERSION = 1;

	/** Key length in bytes (AES-256). */
	public static final int KEY_BYTES = 32;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final int EXPIRY_BYTES = 4;

	private final SecretKey key;

	private final String purpose;

	private final int maxLength;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/**
	 * @param key the AES-256 key
	 * @param purpose the label a seal is bound to (another purpose never opens it)
	 * @param maxLength longer input is refused unread
	 * @param clock the time for expiry
	 */
	public Sealer(SecretKey key, String purpose, int maxLength, Clock clock) {
		this.key = key;
		this.purpose = purpose;
		this.maxLength = maxLength;
		this.clock = clock;
	}

	/** A fresh random key, for seals that need not outlive this process. */
	public static SecretKey randomKey() {
		byte[] fresh = new byte[KEY_BYTES];
		new SecureRandom().nextBytes(fresh);
		return new SecretKeySpec(fresh, "AES");
	}

	/**
	 * Seals {@code content} until {@code expiresAt} for {@code binding} (empty for none).
	 * The content array is wiped afterwards.
	 */
	public String seal(byte[] content, Instant expiresAt, String binding) {
		byte[] plain = new byte[EXPIRY_BYTES + content.length];
		long seconds = expiresAt.getEpochSecond();
		for (int i = 0; i < EXPIRY_BYTES; i++) {
			plain[i] = (byte) (seconds >>> (8 * (EXPIRY_BYTES - 1 - i)));
		}
		System.arraycopy(content, 0, plain, EXPIRY_BYTES, content.length);
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, binding).doFinal(plain);
			byte[] out = new byte[1 + NONCE_BYTES + sealed.length];
			out[0] = VERSION;
			System.arraycopy(nonce, 0, out, 1, NONCE_BYTES);
			System.arraycopy(sealed, 0, out, 1 + NONCE_BYTES, sealed.length);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
		finally {
			Arrays.fill(plain, (byte) 0);
			Arrays.fill(content, (byte) 0);
		}
	}

	/**
	 * Opens a seal made for {@code binding}.
	 * @throws BrokenSealException when it was changed, made under another key, purpose or
	 * binding, or has expired ({@link BrokenSealException#isExpired()})
	 */
	public Opened open(String sealed, String binding) {
		if (sealed == null || sealed.isEmpty() || sealed.length() > this.maxLength) {
			throw BrokenSealException.damaged();
		}
		byte[] bytes;
		try {
			bytes = Base64.getUrlDecoder().decode(sealed);
		}
		catch (IllegalArgumentException ex) {
			throw BrokenSealException.damaged();
		}
		// One spelling per seal: a character changed only in the unused low bits of the
		// last
		// base64 digit decodes to the same bytes, and is refused here.
		if (bytes.length < 1 + NONCE_BYTES + TAG_BITS / 8 + EXPIRY_BYTES || bytes[0] != VERSION
				|| !Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(sealed)) {
			throw BrokenSealException.damaged();
		}
		byte[] plain;
		try {
			plain = cipher(Cipher.DECRYPT_MODE, Arrays.copyOfRange(bytes, 1, 1 + NONCE_BYTES), binding).doFinal(bytes,
					1 + NONCE_BYTES, bytes.length - 1 - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw BrokenSealException.damaged();
		}
		long seconds = 0;
		for (int i = 0; i < EXPIRY_BYTES; i++) {
			seconds = (seconds << 8) | (plain[i] & 0xff);
		}
		Instant expiresAt = Instant.ofEpochSecond(seconds);
		byte[] content = Arrays.copyOfRange(plain, EXPIRY_BYTES, plain.length);
		Arrays.fill(plain, (byte) 0);
		if (!expiresAt.isAfter(this.clock.instant())) {
			Arrays.fill(content, (byte) 0);
			throw BrokenSealException.expired();
		}
		return new Opened(content, expiresAt);
	}

	private Cipher cipher(int mode, byte[] nonce, String binding) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(("tootkey/" + this.purpose + "/v" + VERSION + "|" + binding).getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	/**
	 * What a seal held.
	 *
	 * @param content the sealed bytes (the caller wipes them when done)
	 * @param expiresAt when the seal stops opening
	 */
	public record Opened(byte[] content, Instant expiresAt) {

	}

}
