package org.tootkey.wizard;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tootkey.TootkeyProperties;
import org.tootkey.oauth.OAuthFlow;
import org.tootkey.server.KnownSoftware;
import org.tootkey.web.ContentSecurityPolicy;
import org.tootkey.wizard.WizardSession.Step;

/**
 * Step 3: the "log in as your bot" page before the server's sign-in. The server sends the
 * visitor back to {@link CallbackController}.
 */
@Controller
class AuthorizeController {

	static final String VIEW = "authorize";

	private final WizardSession wizard;

	private final OAuthFlow oauth;

	private final TootkeyProperties properties;

	AuthorizeController(WizardSession wizard, OAuthFlow oauth, TootkeyProperties properties) {
		this.wizard = wizard;
		this.oauth = oauth;
		this.properties = properties;
	}

	@GetMapping("/authorize")
	@RequiresStep(Step.APP_REGISTERED)
	String show(Model model, HttpServletRequest request, HttpServletResponse response) {
		if (this.wizard.reached(Step.AUTHORIZED)) {
			return "redirect:/authorized";
		}
		String path = this.oauth.authorizationPath()
			.orElseGet(() -> this.oauth.begin(this.wizard.server(), this.wizard.app()));
		model.addAttribute("server", this.wizard.server());
		model.addAttribute("app", this.wizard.app());
		model.addAttribute("expectedAccount", this.wizard.accountCheck().expected());
		model.addAttribute("authorizationPath", path);
		model.addAttribute("habits", KnownSoftware.habits(this.wizard.server().software()).orElse(null));
		long seconds = secondsLeft(request.getSession(false));
		model.addAttribute("secondsLeft", seconds);
		model.addAttribute("minutesLeft", Math.max(1, seconds / 60));
		ContentSecurityPolicy.allow(response, List.of(), this.wizard.server().capabilities().authorizeEndpoint());
		return VIEW;
	}

	/**
	 * How long this wizard still waits for the person to come back from the server: the
	 * idle timeout, or what is left of the absolute lifetime if that is sooner.
	 */
	private long secondsLeft(HttpSession session) {
		long idle = this.properties.sessionTimeout().toSeconds();
		if (session == null) {
			return idle;
		}
		// The container's wall clock, like the session's creation time.
		long age = Math.max(0, System.currentTimeMillis() - session.getCreationTime()) / 1000;
		return Math.max(0, Math.min(idle, this.properties.sessionLifetime().toSeconds() - age));
	}

}
