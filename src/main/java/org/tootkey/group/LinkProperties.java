package org.tootkey.group;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Class links ({@code tootkey.link.*}, or {@code TOOTKEY_LINK_*} environment variables).
 *
 * @param key the key that seals class links: base64 (standard or URL-safe) of exactly 32
 * random bytes, e.g. the output of {@code openssl rand -base64 32}. Unset: a random key
 * made at start, so links stop working when Tootkey restarts and work on one replica
 * only.
 * @param lifetime how long a new class link works unless the organizer chooses otherwise
 * @param maxLifetime the longest an organizer may choose
 */
@ConfigurationProperties("tootkey.link")
public record LinkProperties(String key, @DefaultValue("1d") Duration lifetime,
		@DefaultValue("7d") Duration maxLifetime) {

	/** The hard ceiling: a class link never works longer than a week. */
	static final Duration CEILING = Duration.ofDays(7);

	public LinkProperties {
		if (maxLifetime.compareTo(CEILING) > 0 || maxLifetime.isNegative() || maxLifetime.isZero()) {
			throw new IllegalArgumentException("tootkey.link.max-lifetime must be between 1 minute and 7 days");
		}
		if (lifetime.compareTo(maxLifetime) > 0 || lifetime.isNegative() || lifetime.isZero()) {
			throw new IllegalArgumentException(
					"tootkey.link.lifetime must be positive and at most tootkey.link.max-lifetime");
		}
	}

}
