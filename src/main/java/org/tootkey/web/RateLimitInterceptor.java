package org.tootkey.web;

import java.io.IOException;
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

import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Limits how often one visitor can make Tootkey call servers: the handlers that do (looking
 * up a server, registering an app; marked {@link RateLimited}) take a token from that
 * visitor's bucket. A visitor is an IPv4 address or an IPv6 /64 (one household or machine).
 * Past the limit: 429 with {@code Retry-After}, our own page, and no call to any server.
 */
class RateLimitInterceptor implements HandlerInterceptor {

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
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		if (!this.limits.enabled() || !(handler instanceof HandlerMethod method)
				|| !method.hasMethodAnnotation(RateLimited.class)) {
			return true;
		}
		Bucket bucket = this.buckets.get(clientKey(request.getRemoteAddr()), (key) -> newBucket());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			response.sendError(429);
			return false;
		}
		return true;
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
