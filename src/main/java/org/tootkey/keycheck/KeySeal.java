package org.tootkey.keycheck;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.springframework.stereotype.Component;
import org.tootkey.server.ServerAddress;

/**
 * Holds a checked key for the revoke decision without Tootkey keeping it: the server, the
 * access token and the optional client ID and secret are sealed (AES-256-GCM) into a hidden
 * field of the visitor's own answer page, under a key that exists only in this process's memory.
 * A seal opens only in the same browser session and for {@link #HOLD}; a restart makes every
 * seal useless. Nothing is written anywhere on our side, not even the session.
 */
@Component
class KeySeal {

	/** How long a checked key can be revoked from its answer page. */
	static final Duration HOLD = Duration.ofMinutes(5);

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final int MAX_SEALED = 8192;

	private static final byte VERSION = 1;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	KeySeal(Clock clock) {
		this.clock = clock;
		try {
			KeyGenerator generator = KeyGenerator.getInstance("AES");
			generator.init(256, this.random);
			this.key = generator.generateKey();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-256 is not available", ex);
		}
	}

	/** The key sealed for this visitor ({@code binding}: their session), valid for {@link #HOLD}. */
	String seal(Held held, String binding) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			DataOutputStream out = new DataOutputStream(bytes);
			out.writeByte(VERSION);
			out.writeLong(this.clock.instant().plus(HOLD).getEpochSecond());
			out.writeUTF(held.server().scheme());
			out.writeUTF(held.server().host());
			out.writeInt(held.server().port());
			out.writeUTF(held.token());
			out.writeUTF((held.clientId() != null) ? held.clientId() : "");
			out.writeUTF((held.clientSecret() != null) ? held.clientSecret() : "");
			byte[] iv = new byte[IV_BYTES];
			this.random.nextBytes(iv);
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, binding);
			byte[] sealed = cipher.doFinal(bytes.toByteArray());
			byte[] result = new byte[IV_BYTES + sealed.length];
			System.arraycopy(iv, 0, result, 0, IV_BYTES);
			System.arraycopy(sealed, 0, result, IV_BYTES, sealed.length);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(result);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Sealing failed", ex);
		}
	}

	/** The key, if the seal is ours, for this visitor, and not older than {@link #HOLD}. */
	Optional<Held> open(String sealed, String binding) {
		if (sealed == null || sealed.isEmpty() || sealed.length() > MAX_SEALED) {
			return Optional.empty();
		}
		try {
			byte[] all = Base64.getUrlDecoder().decode(sealed);
			if (all.length <= IV_BYTES) {
				return Optional.empty();
			}
			byte[] iv = new byte[IV_BYTES];
			System.arraycopy(all, 0, iv, 0, IV_BYTES);
			byte[] plain = cipher(Cipher.DECRYPT_MODE, iv, binding).doFinal(all, IV_BYTES, all.length - IV_BYTES);
			DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain));
			if (in.readByte() != VERSION || in.readLong() < this.clock.instant().getEpochSecond()) {
				return Optional.empty();
			}
			ServerAddress server = new ServerAddress(in.readUTF(), in.readUTF(), in.readInt(), null);
			String token = in.readUTF();
			String clientId = in.readUTF();
			String clientSecret = in.readUTF();
			return Optional.of(new Held(server, token, clientId.isEmpty() ? null : clientId,
					clientSecret.isEmpty() ? null : clientSecret));
		}
		catch (IllegalArgumentException | IOException | GeneralSecurityException ex) {
			// Not ours, changed, for another visitor, or made before a restart.
			return Optional.empty();
		}
	}

	private Cipher cipher(int mode, byte[] iv, String binding) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, iv));
		cipher.updateAAD(("tootkey-key-check|" + binding).getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	/**
	 * A checked key, while the visitor decides whether to revoke it.
	 *
	 * @param server where the key works
	 * @param token the access token
	 * @param clientId the app's client ID, or null
	 * @param clientSecret the app's client secret, or null
	 */
	record Held(ServerAddress server, String token, String clientId, String clientSecret) {

		boolean canRevoke() {
			return this.clientId != null && this.clientSecret != null;
		}

		@Override
		public String toString() {
			return "Held[" + this.server.host() + "]";
		}

	}

}
