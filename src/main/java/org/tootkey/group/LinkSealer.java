package org.tootkey.group;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tootkey.TootkeyProperties;
import org.tootkey.seal.BrokenSealException;
import org.tootkey.seal.Sealer;

/**
 * Seals a {@link ClassLink} into a short URL-safe string and opens it again through a
 * {@link Sealer} (AES-256-GCM, purpose {@code class-link}), so a link is both secret (the
 * client secret is not readable from it) and tamper-evident; the bytes inside are
 * {@link LinkCodec}'s.
 */
@Component
class LinkSealer {

	/** Longer input is refused unread. */
	static final int MAX_LENGTH = 2048;

	static final int KEY_BYTES = Sealer.KEY_BYTES;

	private static final Log logger = LogFactory.getLog(LinkSealer.class);

	private final Sealer sealer;

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
		this.sealer = new Sealer(key, "class-link", MAX_LENGTH, clock);
		this.allowLocalServers = allowLocalServers;
		this.clock = clock;
	}

	/**
	 * The key from the operator's setting, or a random one when unset. A setting that is
	 * not base64 of exactly 32 bytes, or that is plainly not random, stops the start with
	 * a message that says how to make a good one (and never repeats the value).
	 */
	static SecretKey key(String configured) {
		if (configured == null || configured.isBlank()) {
			return Sealer.randomKey();
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
			throw new IllegalStateException(
					"TOOTKEY_LINK_KEY (tootkey.link.key) must be base64 of exactly 32 bytes, not " + bytes.length
							+ ". Make one with: openssl rand -base64 32");
		}
		if (distinctValues(bytes) < 16) {
			throw new IllegalStateException(
					"TOOTKEY_LINK_KEY (tootkey.link.key) does not look random (too few different"
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
	 * Seals a link; its expiry must be in the future and at most seven days away. The
	 * app's redirect URI is left out when it is {@code callback}, this Tootkey's own (the
	 * link is opened on the same Tootkey, which knows it): a shorter link, a plainer QR
	 * code.
	 */
	String seal(ClassLink link, String callback) {
		Instant now = this.clock.instant();
		if (!link.expiresAt().isAfter(now) || link.expiresAt().isAfter(now.plus(LinkProperties.CEILING))) {
			throw new IllegalArgumentException("A class link lives between a minute and seven days");
		}
		return this.sealer.seal(LinkCodec.encode(link, callback), link.expiresAt(), "");
	}

	/**
	 * Opens a sealed link; {@code callback} is this Tootkey's callback address, the app's
	 * redirect URI unless the link names another.
	 * @throws BrokenSealException when it was changed, made under another key, or has
	 * expired
	 */
	ClassLink open(String sealed, String callback) {
		Sealer.Opened opened = this.sealer.open(sealed, "");
		if (opened.expiresAt().isAfter(this.clock.instant().plus(LinkProperties.CEILING).plus(Duration.ofMinutes(5)))) {
			throw BrokenSealException.damaged();
		}
		try {
			return LinkCodec.decode(opened.content(), opened.expiresAt(), callback, this.allowLocalServers);
		}
		catch (IOException | RuntimeException ex) {
			throw BrokenSealException.damaged();
		}
		finally {
			Arrays.fill(opened.content(), (byte) 0);
		}
	}

}
