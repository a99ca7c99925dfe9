package org.tootkey.wizard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.tootkey.TootkeyProperties;

/**
 * Step 0: what you need, what you get, and the promise that nothing is kept. "Start" ends
 * whatever wizard this browser had (and everything it held) and begins a fresh one.
 */
@Controller
class StartController {

	static final String VIEW = "start";

	private final TootkeyProperties properties;

	StartController(TootkeyProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/")
	String start(Model model) {
		// How long the wizard waits, said before it starts (whole minutes, at least one).
		model.addAttribute("lifetimeMinutes", Math.max(1, this.properties.sessionLifetime().toMinutes()));
		model.addAttribute("idleMinutes", Math.max(1, this.properties.sessionTimeout().toMinutes()));
		return VIEW;
	}

	@PostMapping(WizardPages.START_OVER)
	String startAgain(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		// The wizard begins here: its session is made now, so that a full house says
		// "busy" at once.
		request.getSession(true);
		return "redirect:/server";
	}

}
