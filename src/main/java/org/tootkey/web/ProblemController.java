package org.tootkey.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The page for each {@link Problem}: what happened, why, and one button onwards. */
@Controller
class ProblemController {

	static final String VIEW = "problem";

	private final JourneyPages pages;

	ProblemController(JourneyPages pages) {
		this.pages = pages;
	}

	@GetMapping(Problem.PATH_PREFIX + "{slug}")
	String show(@PathVariable String slug, Model model, HttpServletResponse response) {
		Problem problem = Problem.fromSlug(slug);
		if (problem == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("problem", problem);
		model.addAttribute("nextStep", this.pages.path(problem.nextStep()));
		// Shed at the callback because Tootkey itself was at its cap: say when to try
		// again.
		RetryLaterStatus.answer(model.getAttribute("detail"), response);
		return VIEW;
	}

}
