package org.tootkey.group;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tootkey.TootkeyProperties;
import org.tootkey.group.LinkRefusedException.Reason;
import org.tootkey.mastodon.RegisteredApp;
import org.tootkey.server.InvalidServerAddressException;
import org.tootkey.server.ServerAddress;
import org.tootkey.server.ServerProfile;
import org.tootkey.server.ServerProfile.Capabilities;

/**
 * Seals a {@link ClassLink} into a short URL-safe string and opens it again, with AES-256-GCM
 * from the JDK: a fresh random 96-bit nonce per link and the version and purpose as
 * associated data, so a link is both secret (the client secret is not readable from it) and
 * tamper-evident (any changed, added or removed character is refused before anything else is
 * read). The string is {@code base64url(version ‖ nonce ‖ ciphertext ‖ tag)}, unpadded.
 */
@Component
class LinkSealer {

	/** The format version, first byte of every link. */
	static final byte VERSION = 1;

	/** Longer input is refused unread. */
	static final int MAX_LENGTH = 2048;

	static final int KEY_BYTES = 32;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	/** Bound to the version and the purpose: a ciphertext made for anything else never opens. */
	private static final byte[] ASSOCIATED = ("tootkey/class-link/v" + VERSION).getBytes(StandardCharsets.US_ASCII);

	private static final int MAX_TITLE = 60;

	private static final String AUTHORIZE = "/oauth/authorize";

	private static final String TOKEN = "/oauth/token";

	private static final String REVOKE = "/oauth/revoke";

	private static final Log logger = LogFactory.getLog(LinkSealer.class);

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	private final boolean allowLocalServers;

	@Autowired
	LinkSealer(LinkProperties properties, TootkeyProperties tootkey, Clock clock) {
		this(key(properties.key()), tootkey.allowLocalServers(), clock);
		if (properties.key() == null || properties.key().isBlank()) {
			logger.info("Class links are sealed with a key made at start: they stop working when Tootkey restarts."
					+ " Set TOOTKEY_LINK_KEY (base64 of 32 random bytes) to keep them across restarts and replicas.");
		}
	}

	LinkSealer(SecretKey key, boolean allowLocalServers, Clock clock) {
		this.key = key;
		this.allowLocalServers = allowLocalServers;
		this.clock = clock;
	}

	/**
	 * The key from the operator's setting, or a random one when unset. A setting that is not
	 * base64 of exactly 32 bytes, or that is plainly not random, stops the start with a message
	 * that says how to make a good one (and never repeats the value).
	 */
	static SecretKey key(String configured) {
		if (configured == null || configured.isBlank()) {
			byte[] fresh = new byte[KEY_BYTES];
			new SecureRandom().nextBytes(fresh);
			return new SecretKeySpec(fresh, "AES");
		}
		String text = configured.strip();
		byte[] bytes;
		try {
			bytes = (text.indexOf('-') >= 0 || text.indexOf('_') >= 0) ? Base64.getUrlDecoder().decode(text)
					: Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(
					"TOOTKEY_LINK_KEY (tootkey.link.key) is not base64. Make one with: openssl rand -base64 32");
		}
		if (bytes.length != KEY_BYTES) {
			throw new IllegalStateException("TOOTKEY_LINK_KEY (tootkey.link.key) must be base64 of exactly 32 bytes, not "
					+ bytes.length + ". Make one with: openssl rand -base64 32");
		}
		if (distinctValues(bytes) < 16) {
			throw new IllegalStateException("TOOTKEY_LINK_KEY (tootkey.link.key) does not look random (too few different"
					+ " bytes). Make one with: openssl rand -base64 32");
		}
		return new SecretKeySpec(bytes, "AES");
	}

	private static int distinctValues(byte[] bytes) {
		boolean[] seen = new boolean[256];
		int count = 0;
		for (byte b : bytes) {
			if (!seen[b & 0xff]) {
				seen[b & 0xff] = true;
				count++;
			}
		}
		return count;
	}

	/**
	 * Seals a link; its expiry must be in the future and at most seven days away. The app's
	 * redirect URI is left out when it is {@code callback}, this Tootkey's own (the link is
	 * opened on the same Tootkey, which knows it): a shorter link, a plainer QR code.
	 */
	String seal(ClassLink link, String callback) {
		Instant now = this.clock.instant();
		if (!link.expiresAt().isAfter(now) || link.expiresAt().isAfter(now.plus(LinkProperties.CEILING))) {
			throw new IllegalArgumentException("A class link lives between a minute and seven days");
		}
		byte[] plain = encode(link, callback);
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(ASSOCIATED);
			byte[] sealed = cipher.doFinal(plain);
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
		}
	}

	/**
	 * Opens a sealed link; {@code callback} is this Tootkey's callback address, the app's
	 * redirect URI unless the link names another.
	 * @throws LinkRefusedException when it was changed, made under another key, or has expired
	 */
	ClassLink open(String sealed, String callback) {
		if (sealed == null || sealed.isEmpty() || sealed.length() > MAX_LENGTH) {
			throw new LinkRefusedException(Reason.DAMAGED);
		}
		byte[] bytes;
		try {
			bytes = Base64.getUrlDecoder().decode(sealed);
		}
		catch (IllegalArgumentException ex) {
			throw new LinkRefusedException(Reason.DAMAGED);
		}
		// One spelling per link: a character changed only in the unused low bits of the last
		// base64 digit decodes to the same bytes, and is refused here.
		if (bytes.length < 1 + NONCE_BYTES + TAG_BITS / 8 || bytes[0] != VERSION
				|| !Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(sealed)) {
			throw new LinkRefusedException(Reason.DAMAGED);
		}
		byte[] plain;
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, bytes, 1, NONCE_BYTES));
			cipher.updateAAD(ASSOCIATED);
			plain = cipher.doFinal(bytes, 1 + NONCE_BYTES, bytes.length - 1 - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new LinkRefusedException(Reason.DAMAGED);
		}
		ClassLink link;
		try {
			link = decode(plain, callback);
		}
		catch (IOException | RuntimeException ex) {
			throw new LinkRefusedException(Reason.DAMAGED);
		}
		finally {
			Arrays.fill(plain, (byte) 0);
		}
		Instant now = this.clock.instant();
		if (!link.expiresAt().isAfter(now)) {
			throw new LinkRefusedException(Reason.EXPIRED);
		}
		if (link.expiresAt().isAfter(now.plus(LinkProperties.CEILING).plus(Duration.ofMinutes(5)))) {
			throw new LinkRefusedException(Reason.DAMAGED);
		}
		return link;
	}

	private static void writeText(DataOutputStream out, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		int length = bytes.length;
		while (length >= 0x80) {
			out.writeByte((length & 0x7f) | 0x80);
			length >>>= 7;
		}
		out.writeByte(length);
		out.write(bytes);
	}

	private static String readText(DataInputStream in) throws IOException {
		int length = 0;
		for (int shift = 0;; shift += 7) {
			int b = in.readUnsignedByte();
			length |= (b & 0x7f) << shift;
			if ((b & 0x80) == 0) {
				break;
			}
			if (shift > 14) {
				throw new IOException("too long");
			}
		}
		if (length > in.available()) {
			throw new IOException("cut short");
		}
		return new String(in.readNBytes(length), StandardCharsets.UTF_8);
	}

	private static byte[] encode(ClassLink link, String callback) {
		ServerProfile server = link.server();
		Capabilities capabilities = server.capabilities();
		String origin = server.baseUri().toString();
		RegisteredApp app = link.app();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(320);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeInt((int) link.expiresAt().getEpochSecond());
			writeText(out, origin);
			writeText(out, cut(server.title(), MAX_TITLE));
			writeText(out, orEmpty(server.software()));
			writeText(out, cut(server.version(), MAX_TITLE));
			writeText(out, path(capabilities.authorizeEndpoint(), AUTHORIZE));
			writeText(out, path(capabilities.tokenEndpoint(), TOKEN));
			writeText(out, path(capabilities.revocationEndpoint(), REVOKE));
			String issuer = capabilities.issuer();
			writeText(out, (issuer == null) ? "" : issuer.equals(origin + "/") ? "/" : issuer);
			out.writeByte((capabilities.pkce() ? 1 : 0) | (capabilities.issAdvertised() ? 2 : 0)
					| (capabilities.fromMetadata() ? 4 : 0));
			writeText(out, app.clientId());
			writeText(out, app.clientSecret());
			writeText(out, app.name());
			writeText(out, app.redirectUri().equals(callback) ? "" : app.redirectUri());
			writeText(out, String.join(" ", app.scopes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private ClassLink decode(byte[] plain, String callback) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain));
		Instant expiresAt = Instant.ofEpochSecond(Integer.toUnsignedLong(in.readInt()));
		String origin = readText(in);
		ServerAddress address;
		try {
			address = ServerAddress.parse(origin, this.allowLocalServers);
		}
		catch (InvalidServerAddressException ex) {
			throw new IOException("not a server");
		}
		URI base = address.baseUri();
		String title = readText(in);
		String software = readText(in);
		String version = readText(in);
		URI authorize = base.resolve(orDefault(readText(in), AUTHORIZE));
		URI token = base.resolve(orDefault(readText(in), TOKEN));
		URI revoke = base.resolve(orDefault(readText(in), REVOKE));
		String issuer = readText(in);
		int flags = in.readByte();
		String clientId = readText(in);
		String clientSecret = readText(in);
		String name = readText(in);
		String redirectUri = readText(in);
		if (redirectUri.isEmpty()) {
			redirectUri = callback;
		}
		Set<String> scopes = new LinkedHashSet<>(List.of(readText(in).split(" ")));
		scopes.remove("");
		if (in.available() > 0) {
			throw new IOException("trailing bytes");
		}
		Capabilities capabilities = new Capabilities(authorize, token, revoke,
				issuer.isEmpty() ? null : issuer.equals("/") ? base + "/" : issuer, Collections.unmodifiableSet(scopes),
				(flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0);
		ServerProfile server = new ServerProfile(address, title.isEmpty() ? address.displayHost() : title, "", null,
				software.isEmpty() ? null : software, version.isEmpty() ? null : version,
				ServerProfile.Registrations.UNKNOWN, null, List.of(), capabilities);
		return new ClassLink(server, new RegisteredApp(clientId, clientSecret, name, redirectUri, Collections.unmodifiableSet(scopes)),
				expiresAt);
	}

	/** An endpoint on the server as a path, or empty when it is the usual one. */
	private static String path(URI endpoint, String usual) {
		String path = endpoint.getRawPath() + ((endpoint.getRawQuery() != null) ? "?" + endpoint.getRawQuery() : "");
		return path.equals(usual) ? "" : path;
	}

	private static String orDefault(String path, String usual) {
		if (path.isEmpty()) {
			return usual;
		}
		if (!path.startsWith("/") || path.startsWith("//")) {
			throw new IllegalArgumentException("not a path");
		}
		return path;
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static String cut(String value, int max) {
		if (value == null) {
			return "";
		}
		return (value.codePointCount(0, value.length()) <= max) ? value
				: value.substring(0, value.offsetByCodePoints(0, max));
	}

}
