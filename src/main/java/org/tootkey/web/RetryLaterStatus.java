package org.tootkey.web;

import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.tootkey.outbound.OutboundProblem;

/**
 * When Tootkey itself is at its cap of calls to servers, the page still explains it, and
 * the status says so to machines too: 429 with a short {@code Retry-After}.
 */
public final class RetryLaterStatus {

	static final String RETRY_AFTER_SECONDS = "10";

	private RetryLaterStatus() {
	}

	/**
	 * The key discovery uses when a probe met the cap (its own {@code server.error.*}
	 * family).
	 */
	static final String DISCOVERY_BUSY = "server.error.busy";

	public static void answer(String messageKey, HttpServletResponse response) {
		if (OutboundProblem.BUSY.messageKey().equals(messageKey) || DISCOVERY_BUSY.equals(messageKey)) {
			response.setStatus(429);
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		}
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
