package org.tootkey.wizard;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.tootkey.MessageKeys;
import org.tootkey.web.HandlerMarks;
import org.tootkey.web.Problem;
import org.tootkey.wizard.WizardSession.Step;

/**
 * Keeps the steps in order: a page marked {@link RequiresStep} and reached too early
 * sends the visitor to the step they are really at, with a message saying why (or, if
 * their session ended, to the page that says so).
 */
class Steps implements HandlerInterceptor {

	static final String NOTICE = "notice";

	private static final HandlerMarks<RequiresStep> REQUIRED = new HandlerMarks<>(RequiresStep.class);

	private final WizardSession wizard;

	Steps(WizardSession wizard) {
		this.wizard = wizard;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		RequiresStep required = REQUIRED.find(handler);
		if (required == null) {
			return true;
		}
		HttpSession session = request.getSession(false);
		if (session == null) {
			// No wizard in this browser (a bookmark, a crawler, a link preview).
			// Asking the wizard would open a session for nothing, and enough of
			// those would fill tootkey.max-sessions for everybody (issue 16).
			// Step 1 needs none.
			String path = sessionEnded(request) ? Problem.SESSION_EXPIRED.path() : Step.STARTED.path();
			response.sendRedirect(request.getContextPath() + path);
			return false;
		}
		if (this.wizard.reached(required.value())) {
			return true;
		}
		String path;
		if (sessionEnded(request)) {
			path = Problem.SESSION_EXPIRED.path();
		}
		else if (session.getAttribute(WizardSession.REVEALED) != null) {
			// Back to a page of a wizard that ended with its reveal: "already shown", not
			// step 1.
			path = WizardPages.CREDENTIALS;
		}
		else {
			path = this.wizard.currentPath();
			FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
			flash.put(NOTICE, "notice.step." + MessageKeys.slug(required.value()));
			RequestContextUtils.saveOutputFlashMap(path, request, response);
		}
		response.sendRedirect(request.getContextPath() + path);
		return false;
	}

	/** Whether the browser came with a session that no longer exists. */
	static boolean sessionEnded(HttpServletRequest request) {
		return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
	}

}
