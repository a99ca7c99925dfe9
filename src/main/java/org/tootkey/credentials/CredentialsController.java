package org.tootkey.credentials;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.tootkey.exchanges.ExchangeLog;
import org.tootkey.oauth.OAuthFlow;
import org.tootkey.server.KnownSoftware;
import org.tootkey.server.ServerProfile;
import org.tootkey.wizard.WizardSession;
import org.tootkey.wizard.WizardSession.Step;

/**
 * Step 5: the credentials, once. The values go into this one response's model and the
 * session is invalidated before the page renders, so the server holds nothing afterwards. A
 * reload (which re-sends the POST), the back button or a GET gets the "already shown" page.
 */
@Controller
class CredentialsController {

	static final String VIEW = "credentials";

	static final String GONE_VIEW = "credentials-gone";

	private final WizardSession wizard;

	private final OAuthFlow oauth;

	CredentialsController(WizardSession wizard, OAuthFlow oauth) {
		this.wizard = wizard;
		this.oauth = oauth;
	}

	@PostMapping("/credentials")
	String reveal(Model model, HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return GONE_VIEW;
		}
		if (!this.wizard.reached(Step.AUTHORIZED)) {
			return "redirect:" + this.wizard.currentPath();
		}
		Credentials credentials = credentials(this.wizard);
		ExchangeLog log = ExchangeLog.current();
		model.addAttribute("exchanges", (log != null) ? log.entries() : List.of());
		this.oauth.forget(request, response);
		session.invalidate();
		model.addAttribute("credentials", credentials);
		model.addAttribute("snippets", Snippets.render(credentials));
		model.addAttribute("languageSwitch", false);
		return VIEW;
	}

	@GetMapping("/credentials")
	String gone() {
		return GONE_VIEW;
	}

	private static Credentials credentials(WizardSession wizard) {
		ServerProfile server = wizard.server();
		String base = server.baseUri().toString();
		URI manage = KnownSoftware.habits(server.software())
			.map((habits) -> habits.revokePage(server.baseUri()))
			.orElse(null);
		return new Credentials(base, wizard.app().clientId(), wizard.app().clientSecret(), wizard.token().value(),
				"@" + wizard.account().username() + "@" + server.handleDomain(), wizard.app().name(),
				wizard.grantedScopes().stream().sorted().toList(), manage);
	}

}
