package org.tootkey.wizard;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tootkey.wizard.WizardSession.Step;

/**
 * Keeps the steps in order: a page reached too early sends the visitor to the step they are
 * really at, with a message saying why (or, if their session ended, the page that says so).
 */
final class Steps {

	static final String NOTICE = "notice";

	private Steps() {
	}

	/** A redirect when the wizard has not reached {@code needed}, else empty. */
	static Optional<String> require(Step needed, WizardSession wizard, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (wizard.reached(needed)) {
			return Optional.empty();
		}
		if (sessionEnded(request)) {
			return Optional.of(Problem.SESSION_EXPIRED.redirect());
		}
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(WizardSession.REVEALED) != null) {
			// Back to a page of a wizard that ended with its reveal.
			return Optional.of("redirect:/credentials");
		}
		redirect.addFlashAttribute(NOTICE, "notice.step." + needed.name().toLowerCase().replace('_', '-'));
		return Optional.of("redirect:" + pathOf(wizard.step()));
	}

	/** Whether the browser came with a session that no longer exists. */
	static boolean sessionEnded(HttpServletRequest request) {
		return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
	}

	/** The page for a step. */
	static String pathOf(Step step) {
		return switch (step) {
			case STARTED -> "/server";
			case SERVER_CHOSEN -> "/permissions";
			case APP_REGISTERED -> "/authorize";
			case AUTHORIZED -> "/authorized";
			case CONFIRMED -> "/ready";
		};
	}

}
