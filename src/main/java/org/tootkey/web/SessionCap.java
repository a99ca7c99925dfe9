package org.tootkey.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code tootkey.max-sessions} wizards live at once. Pages before the wizard
 * starts create no session (the CSRF token lives in a cookie), so only a visitor who
 * really starts a wizard, joins by a class link or checks a key adds one. Beyond the cap,
 * whatever would create a new session answers a plain "busy" page (429 with
 * {@code Retry-After}) instead; visitors whose wizard is already under way are not
 * affected.
 * <p>
 * A session that only remembers that a wizard ended (marked {@link #ENDED}: the keys were
 * shown) is not a wizard and is not counted, or every finished journey would hold a place
 * for the idle timeout and a busy hour would lock out new visitors (issue 16: 2,000
 * finished journeys in 15 minutes filled the default cap). A request that ends its own
 * session and opens a new one (start again, the reveal) takes the place it gave back,
 * even at the cap.
 */
public class SessionCap extends OncePerRequestFilter implements HttpSessionListener, HttpSessionAttributeListener {

	/**
	 * Session attribute: this session only remembers that a wizard ended; it no longer
	 * counts against the cap.
	 */
	public static final String ENDED = SessionCap.class.getName() + ".ENDED";

	/** Request attribute that makes the error page say "too many people at once". */
	static final String FULL = SessionCap.class.getName() + ".FULL";

	static final String RETRY_AFTER_SECONDS = "60";

	private final AtomicInteger live = new AtomicInteger();

	private final int max;

	public SessionCap(int max) {
		this.max = max;
	}

	/** Sessions alive right now. */
	public int live() {
		return this.live.get();
	}

	@Override
	public void sessionCreated(HttpSessionEvent event) {
		this.live.incrementAndGet();
	}

	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		if (!ended(event.getSession())) {
			this.live.decrementAndGet();
		}
	}

	@Override
	public void attributeAdded(HttpSessionBindingEvent event) {
		if (ENDED.equals(event.getName())) {
			this.live.decrementAndGet();
		}
	}

	@Override
	public void attributeRemoved(HttpSessionBindingEvent event) {
		// Only while the session lives: when it ends, sessionDestroyed comes first and
		// leaves the count alone.
		if (ENDED.equals(event.getName()) && isValid(event.getSession())) {
			this.live.incrementAndGet();
		}
	}

	private static boolean ended(HttpSession session) {
		try {
			return session.getAttribute(ENDED) != null;
		}
		catch (IllegalStateException invalidated) {
			return false;
		}
	}

	private static boolean isValid(HttpSession session) {
		try {
			session.getCreationTime();
			return true;
		}
		catch (IllegalStateException invalidated) {
			return false;
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(new CappedRequest(request), response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!causedByFullCap(ex) || response.isCommitted()) {
				throw ex;
			}
			request.setAttribute(FULL, Boolean.TRUE);
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			response.sendError(429);
		}
	}

	private static boolean causedByFullCap(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SessionsFullException) {
				return true;
			}
		}
		return false;
	}

	static final class SessionsFullException extends IllegalStateException {

		SessionsFullException() {
			super("Too many wizards at once", null);
		}

	}

	private final class CappedRequest extends HttpServletRequestWrapper {

		/** The visitor came with a counted session: a new one only replaces it. */
		private final boolean hadSession;

		CappedRequest(HttpServletRequest request) {
			super(request);
			HttpSession existing = request.getSession(false);
			this.hadSession = existing != null && !ended(existing);
		}

		@Override
		public HttpSession getSession() {
			return getSession(true);
		}

		@Override
		public HttpSession getSession(boolean create) {
			HttpSession existing = super.getSession(false);
			if (existing != null || !create) {
				return existing;
			}
			if (!this.hadSession && SessionCap.this.live.get() >= SessionCap.this.max) {
				throw new SessionsFullException();
			}
			return super.getSession(true);
		}

	}

}
