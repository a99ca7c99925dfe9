package org.tootkey.wizard;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tootkey.TootkeyProperties;
import org.tootkey.oauth.OAuthFlow;
import org.tootkey.server.KnownSoftware;
import org.tootkey.web.ContentSecurityPolicy;
import org.tootkey.web.SessionWarning;
import org.tootkey.web.WarnsBeforeSessionEnds;
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
	@WarnsBeforeSessionEnds
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
		long seconds = SessionWarning.secondsLeft(request.getSession(false), this.properties);
		model.addAttribute("minutesLeft", Math.max(1, seconds / 60));
		ContentSecurityPolicy.allow(response, List.of(), this.wizard.server().capabilities().authorizeEndpoint());
		return VIEW;
	}

}
