package org.tootkey.web;

import java.util.Optional;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.tootkey.mastodon.MastodonApiException;
import org.tootkey.outbound.OutboundException;
import org.tootkey.outbound.OutboundProblem;
import org.tootkey.server.DiscoveryException;

/**
 * When Tootkey itself is at its cap of calls to servers, the page still explains it, and
 * the status says so to machines too: 429 with a short {@code Retry-After}.
 */
public final class RetryLaterStatus {

	static final String RETRY_AFTER_SECONDS = "10";

	private RetryLaterStatus() {
	}

	/** 429 with {@code Retry-After} when the failure was Tootkey's own cap. */
	public static void answer(Object failure, HttpServletResponse response) {
		if (problem(failure).orElse(null) == OutboundProblem.BUSY) {
			response.setStatus(429);
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		}
	}

	private static Optional<OutboundProblem> problem(Object failure) {
		if (failure instanceof OutboundException outbound) {
			return Optional.of(outbound.problem());
		}
		if (failure instanceof DiscoveryException discovery) {
			return discovery.problem();
		}
		if (failure instanceof MastodonApiException api) {
			return api.problem();
		}
		return Optional.empty();
	}

	/**
	 * A server's own limit on this visitor's step (its registration throttle): 429, with
	 * {@code Retry-After} when the server said how long.
	 */
	public static void answer(HttpServletResponse response, OptionalLong waitSeconds) {
		response.setStatus(429);
		waitSeconds.ifPresent((seconds) -> response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
	}

}
