package org.tootkey.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form sent with a stale or missing CSRF token. The usual cause is harmless: the wizard
 * ended (credentials shown, or the session timed out) and the browser re-sends an old
 * form. Those get the page that explains it; anything else a plain 403 page.
 */
public class FriendlyAccessDeniedHandler implements AccessDeniedHandler {

	private final String credentials;

	public FriendlyAccessDeniedHandler(JourneyPages pages) {
		this.credentials = pages.path(JourneyPages.Page.CREDENTIALS);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (denied instanceof CsrfException && path.equals(this.credentials)) {
			// A reload of the credentials page re-sends its POST after the session ended.
			seeOther(request, response, this.credentials);
			return;
		}
		if (denied instanceof CsrfException && request.getRequestedSessionId() != null
				&& !request.isRequestedSessionIdValid()) {
			seeOther(request, response, Problem.SESSION_EXPIRED.path());
			return;
		}
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	private static void seeOther(HttpServletRequest request, HttpServletResponse response, String path) {
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader("Location", request.getContextPath() + path);
	}

}
