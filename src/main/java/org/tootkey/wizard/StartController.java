package org.tootkey.wizard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Step 0: what you need, what you get, and the promise that nothing is kept. "Start" ends
 * whatever wizard this browser had (and everything it held) and begins a fresh one.
 */
@Controller
class StartController {

	static final String VIEW = "start";

	@GetMapping("/")
	String start() {
		return VIEW;
	}

	@PostMapping("/start")
	String startAgain(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		// The wizard begins here: its session is made now, so that a full house says "busy" at once.
		request.getSession(true);
		return "redirect:/server";
	}

}
