package org.tootkey.fake;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Mastodon's limit on app registrations, as Rack::Attack applies it (mastodon/mastodon,
 * Mastodon 4.3 and later):
 * <ul>
 * <li>config/initializers/rack_attack.rb:
 * {@code throttle('throttle_oauth_application_registrations/ip', limit: 5,
 * period: 10.minutes)} on {@code POST /api/v1/apps}, keyed by
 * {@code req.throttleable_remote_ip} (an IPv6 address masked to its /64, see
 * {@code throttleable_remote_ip} near the top of the same file); its spec is
 * spec/config/initializers/rack_attack_spec.rb, "throttle excessive oauth application
 * registration requests by IP address" (limit 5, period 10.minutes, path
 * /api/v1/apps);</li>
 * <li>the same file's {@code throttled_responder} (its last block): 429, JSON
 * {@code {"error": I18n.t('errors.429')}}, headers {@code X-RateLimit-Limit} (the limit),
 * {@code X-RateLimit-Remaining} {@code 0} and {@code X-RateLimit-Reset}
 * {@code (now + (period - now.to_i % period)).iso8601(6)}: fixed windows aligned to the
 * epoch, ISO 8601 with microseconds; no {@code Retry-After}.</li>
 * </ul>
 * Rack::Attack counts every matching request, including the refused ones (a fixed-window
 * counter). Mastodon safelists 127.0.0.1 and ::1
 * ({@code Rack::Attack.safelist('allow from localhost')}); the fake does not, since here
 * loopback stands for a visitor's address. Pleroma and Akkoma allow 5 per 15 minutes
 * (lib/pleroma/web/mastodon_api/controllers/app_controller.ex:
 * {@code plug(RateLimiter, [name:
 * :oauth_app_creation] when action == :create)}; config/config.exs
 * {@code oauth_app_creation: {900_000, 5}}; NOT found in the source read: neither
 * BDX-town/Akkoma @071bb07 (October 2025) nor pleroma-social/pleroma
 *
 * @f917285 (January 2021) has {@code oauth_app_creation} in config/config.exs (its
 * {@code :rate_limit} list, Akkoma line 720) or a RateLimiter on app_controller.ex's
 * create, so app registration there looks unthrottled) and answer 429 with
 * {@code {"error": "Throttled"}} (lib/pleroma/web/plugs/rate_limiter.ex,
 * {@code render_throttled_error}) — use
 * {@link #RegistrationThrottle(int, Duration, Clock)} with 15 minutes for those.
 */
final class RegistrationThrottle {

	private static final DateTimeFormatter ISO_MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final int limit;

	private final long periodSeconds;

	private final Clock clock;

	private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	private final AtomicInteger refused = new AtomicInteger();

	RegistrationThrottle(int limit, Duration period, Clock clock) {
		this.limit = limit;
		this.periodSeconds = period.toSeconds();
		this.clock = clock;
	}

	/** Mastodon's: five per ten minutes per address. */
	static RegistrationThrottle mastodon() {
		return new RegistrationThrottle(5, Duration.ofMinutes(10), Clock.systemUTC());
	}

	/** Null when the request may go on, else Mastodon's 429. */
	Reply check(InetAddress client) {
		Instant now = clock.instant();
		long window = now.getEpochSecond() / periodSeconds;
		String key = discriminator(client) + "@" + window;
		int count = counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
		if (count <= limit) {
			return null;
		}
		refused.incrementAndGet();
		return Reply.json(429, Json.obj("error", "Too many requests"))
			.withHeader("X-RateLimit-Limit", Integer.toString(limit))
			.withHeader("X-RateLimit-Remaining", "0")
			.withHeader("X-RateLimit-Reset", ISO_MICROS.format(resetAfter(now)));
	}

	/** When the window that {@code now} falls in ends. */
	Instant resetAfter(Instant now) {
		long epoch = now.getEpochSecond();
		return Instant.ofEpochSecond(epoch + (periodSeconds - epoch % periodSeconds));
	}

	int refused() {
		return refused.get();
	}

	/** {@code throttleable_remote_ip}: IPv4 as is, IPv6 masked to /64. */
	static String discriminator(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (bytes.length == 4) {
			return address.getHostAddress();
		}
		StringBuilder key = new StringBuilder();
		for (int i = 0; i < 8; i += 2) {
			key.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
		}
		return key.append(":/64").toString();
	}

}
