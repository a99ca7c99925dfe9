package org.tootkey.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.tootkey.TootkeyProperties;

/**
 * Gives a {@link WarnsBeforeSessionEnds} page what its warning needs: the seconds the
 * visitor's session has left, and how long before the end to warn
 * ({@code tootkey.session-warning}). Nothing is added without a session, or to a
 * redirect.
 */
public final class SessionWarning implements HandlerInterceptor {

	private static final HandlerMarks<WarnsBeforeSessionEnds> WARNS = new HandlerMarks<>(WarnsBeforeSessionEnds.class);

	static final String SECONDS_LEFT = "sessionSecondsLeft";

	static final String WARN_SECONDS = "sessionWarnSeconds";

	static final String WARN_MINUTES = "sessionWarnMinutes";

	private final TootkeyProperties properties;

	SessionWarning(TootkeyProperties properties) {
		this.properties = properties;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || !page.isReference() || page.getViewName().startsWith("redirect:") || !WARNS.on(handler)) {
			return;
		}
		HttpSession session = request.getSession(false);
		if (session == null) {
			return;
		}
		long warn = this.properties.sessionWarning().toSeconds();
		page.addObject(SECONDS_LEFT, secondsLeft(session, this.properties));
		page.addObject(WARN_SECONDS, warn);
		page.addObject(WARN_MINUTES, Math.max(1, (warn + 59) / 60));
	}

	/**
	 * How long this wizard still waits: the idle timeout, or what is left of the absolute
	 * lifetime if that is sooner.
	 */
	public static long secondsLeft(HttpSession session, TootkeyProperties properties) {
		long idle = properties.sessionTimeout().toSeconds();
		if (session == null) {
			return idle;
		}
		// The container's wall clock, like the session's creation time.
		long age = Math.max(0, System.currentTimeMillis() - session.getCreationTime()) / 1000;
		return Math.max(0, Math.min(idle, properties.sessionLifetime().toSeconds() - age));
	}

}
