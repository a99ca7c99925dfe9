package org.tootkey.wizard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Step 0: what you need, what you get, and the promise that nothing is kept. */
@Controller
class StartController {

	static final String VIEW = "start";

	@GetMapping("/")
	String start() {
		return VIEW;
	}

}
