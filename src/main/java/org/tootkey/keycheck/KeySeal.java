package org.tootkey.keycheck;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.tootkey.seal.BrokenSealException;
import org.tootkey.seal.Sealer;
import org.tootkey.server.ServerAddress;

/**
 * Holds a checked key for the revoke decision without Tootkey keeping it: the server, the
 * access token and the optional client ID and secret are sealed (a {@link Sealer},
 * AES-256-GCM) into a hidden field of the visitor's own answer page, under a key that
 * exists only in this process's memory. A seal opens only in the same browser session and
 * for {@link #HOLD}; a restart makes every seal useless. Nothing is written anywhere on
 * our side, not even the session.
 */
@Component
class KeySeal {

	/** How long a checked key can be revoked from its answer page. */
	static final Duration HOLD = Duration.ofMinutes(5);

	private static final int MAX_SEALED = 8192;

	private final Sealer sealer;

	private final Clock clock;

	KeySeal(Clock clock) {
		this.clock = clock;
		this.sealer = new Sealer(Sealer.randomKey(), "key-check", MAX_SEALED, clock);
	}

	/**
	 * The key sealed for this visitor ({@code binding}: their session), valid for
	 * {@link #HOLD}.
	 */
	String seal(Held held, String binding) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			DataOutputStream out = new DataOutputStream(bytes);
			out.writeUTF(held.server().scheme());
			out.writeUTF(held.server().host());
			out.writeInt(held.server().port());
			out.writeUTF(held.token());
			out.writeUTF((held.clientId() != null) ? held.clientId() : "");
			out.writeUTF((held.clientSecret() != null) ? held.clientSecret() : "");
			return this.sealer.seal(bytes.toByteArray(), this.clock.instant().plus(HOLD), binding);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The key, if the seal is ours, for this visitor, and not older than {@link #HOLD}.
	 */
	Optional<Held> open(String sealed, String binding) {
		try {
			byte[] plain = this.sealer.open(sealed, binding).content();
			DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain));
			ServerAddress server = new ServerAddress(in.readUTF(), in.readUTF(), in.readInt(), null);
			String token = in.readUTF();
			String clientId = in.readUTF();
			String clientSecret = in.readUTF();
			return Optional.of(new Held(server, token, clientId.isEmpty() ? null : clientId,
					clientSecret.isEmpty() ? null : clientSecret));
		}
		catch (BrokenSealException | IllegalArgumentException | IOException ex) {
			// Not ours, changed, for another visitor, expired, or made before a restart.
			return Optional.empty();
		}
	}

	/** The seal is for this browser session only. */
	static String binding(HttpServletRequest request) {
		return request.getSession().getId();
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
