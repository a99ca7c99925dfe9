package org.tootkey.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a wizard's session once it is older than the absolute lifetime, however busy it is
 * (the idle timeout is the container's). The request then goes on without a session, and
 * the page says the session ended.
 */
public class SessionLifetimeFilter extends OncePerRequestFilter {

	private final Duration lifetime;

	private final Clock clock;

	public SessionLifetimeFilter(Duration lifetime, Clock clock) {
		this.lifetime = lifetime;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			try {
				if (this.clock.millis() - session.getCreationTime() > this.lifetime.toMillis()) {
					session.invalidate();
				}
			}
			catch (IllegalStateException alreadyInvalidated) {
				// nothing left to end
			}
		}
		chain.doFilter(request, response);
	}

}
