package org.tootkey.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Limits how often one visitor can make Tootkey call servers: the handlers that do
 * (looking up a server, registering an app, checking a key; marked {@link RateLimited})
 * get that visitor's allowance and spend from it ({@link VisitorLimit#spend}) only right
 * before a real call. A visitor is an IPv4 address or an IPv6 /64 (one household or
 * machine). Past the limit the handler shows the same step again with what was typed, 429
 * and {@code Retry-After}, and calls no server.
 */
class RateLimitInterceptor implements HandlerInterceptor {

	private static final HandlerMarks<RateLimited> RATE_LIMITED = new HandlerMarks<>(RateLimited.class);

	private final RateLimitProperties limits;

	private final Cache<String, Bucket> buckets;

	RateLimitInterceptor(RateLimitProperties limits) {
		this.limits = limits;
		this.buckets = Caffeine.newBuilder()
			.maximumSize(limits.maxClients())
			.expireAfterAccess(limits.period().multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS)
			.build();
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!this.limits.enabled() || !RATE_LIMITED.on(handler)) {
			return true;
		}
		String visitor = clientKey(request.getRemoteAddr());
		request.setAttribute(VisitorLimit.ATTRIBUTE, (VisitorLimit.Allowance) () -> spend(visitor));
		return true;
	}

	private void spend(String visitor) {
		Bucket bucket = this.buckets.get(visitor, (key) -> newBucket());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new VisitorLimit.LimitReachedException(
					TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
		}
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(this.limits.requests())
				.refillGreedy(this.limits.requests(), this.limits.period())
				.build())
			.build();
	}

	/** An IPv4 address as is; an IPv6 address cut to its /64 network. */
	static String clientKey(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.indexOf(':') < 0) {
			return String.valueOf(remoteAddress);
		}
		try {
			byte[] bytes = InetAddress.getByName(remoteAddress).getAddress();
			if (bytes.length != 16) {
				return InetAddress.getByAddress(bytes).getHostAddress();
			}
			StringBuilder key = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				key.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
			}
			return key.append(":/64").toString();
		}
		catch (UnknownHostException ex) {
			return remoteAddress;
		}
	}

}
