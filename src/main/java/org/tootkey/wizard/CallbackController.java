package org.tootkey.wizard;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tootkey.oauth.CallbackError;
import org.tootkey.oauth.OAuthFlow;
import org.tootkey.web.Problem;
import org.tootkey.wizard.WizardSession.Step;

/**
 * The return from the server's sign-in, for every outcome but success: the callback where
 * the server sends the visitor back. A successful return never reaches this handler:
 * Spring Security exchanges the code and, in the same request, {@link TokenCheck} checks
 * the key and names the next page. What arrives here is a refusal or a failed exchange
 * ({@code ?error=}, mapped by {@link CallbackError}), a return no pending authorization
 * matches (replayed, another browser, the session ended), or a bare visit. Every outcome
 * ends in a redirect to an address without parameters.
 */
@Controller
class CallbackController {

	private final WizardSession wizard;

	CallbackController(WizardSession wizard) {
		this.wizard = wizard;
	}

	@GetMapping(OAuthFlow.CALLBACK_PATH)
	String callback(@RequestParam(required = false) String error, @RequestParam(required = false) String code,
			@RequestParam(required = false) String state, HttpServletRequest request, RedirectAttributes redirect) {
		boolean wizardHere = request.getSession(false) != null;
		if (error != null) {
			// The detail travels in a flash map, which lives in the session: only for a
			// browser that has one (no session is opened for a stray or forged return).
			if (wizardHere) {
				CallbackError.detail(error).ifPresent((detail) -> redirect.addFlashAttribute("detail", detail));
			}
			return CallbackError.of(error).problem().redirect();
		}
		if (code != null || state != null) {
			// Spring Security let it through: no pending authorization matches (replayed,
			// another browser, or the session ended). A code means the server said yes:
			// the
			// app it authorized is still there, and the page says so.
			if (Steps.sessionEnded(request)) {
				return ((code != null) ? Problem.SESSION_ENDED_AFTER_YES : Problem.SESSION_EXPIRED).redirect();
			}
			return Problem.LINK_EXPIRED.redirect();
		}
		// A bare visit (bookmark, Back, an old tab). A successful return never
		// comes here: Spring Security's grant filter answers it with the next
		// page (TokenCheck).
		if (wizardHere && this.wizard.reached(Step.AUTHORIZED)) {
			return "redirect:" + Step.AUTHORIZED.path();
		}
		return (Steps.sessionEnded(request) ? Problem.SESSION_EXPIRED : Problem.LINK_EXPIRED).redirect();
	}

}
