package org.tootkey.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.tootkey.TootkeyException;

/**
 * The per-visitor limit as a {@link RateLimited} handler sees it: the handler spends from
 * the visitor's allowance only right before a real call to a server, so a form shown
 * again with a validation error, or a look-up answered from the cache, costs the visitor
 * nothing.
 */
public final class VisitorLimit {

	static final String ATTRIBUTE = VisitorLimit.class.getName() + ".allowance";

	private VisitorLimit() {
	}

	/**
	 * Takes one from this visitor's allowance (nothing to take when the limit is off or
	 * the handler is not {@link RateLimited}).
	 * @throws LimitReachedException when the visitor must wait first; nothing was taken
	 */
	public static void spend(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof Allowance allowance) {
			allowance.spend();
		}
	}

	/** One visitor's allowance for one request. */
	interface Allowance {

		void spend();

	}

	/**
	 * The visitor asked too often: wait this long, then the same step works again. Says
	 * the wait in whole minutes past two minutes, in seconds below.
	 */
	public static final class LimitReachedException extends TootkeyException {

		private static final long serialVersionUID = 1L;

		private final long seconds;

		LimitReachedException(long seconds) {
			this(Math.max(1, seconds), seconds > 120);
		}

		private LimitReachedException(long seconds, boolean minutes) {
			super(minutes ? "limit.wait.minutes" : "limit.wait.seconds", minutes ? (seconds + 59) / 60 : seconds);
			this.seconds = seconds;
		}

		public long seconds() {
			return this.seconds;
		}

		/**
		 * 429 with {@code Retry-After}, for the same step shown again with what was
		 * typed.
		 */
		public void answer(HttpServletResponse response) {
			response.setStatus(429);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(this.seconds));
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		}

	}

}
