package org.tootkey.group;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tootkey.wizard.WizardSession;
import org.tootkey.wizard.WizardSession.Step;

/**
 * The organizer's road: what a class link is, then the usual server and permissions pages
 * (the wizard remembers it is for a group), then the link itself with its QR code, its
 * end, what sharing it means, and a handout to print.
 */
@Controller
class GroupController {

	static final String INTRO_VIEW = "group";

	static final String LINK_VIEW = "group-link";

	static final String HANDOUT_VIEW = "group-handout";

	static final String LINK_PATH = "/group/link";

	private final WizardSession wizard;

	private final GroupLinks links;

	GroupController(WizardSession wizard, GroupLinks links) {
		this.wizard = wizard;
		this.links = links;
	}

	@GetMapping("/group")
	String intro() {
		return INTRO_VIEW;
	}

	/** Ends whatever wizard this browser had and begins one for a group. */
	@PostMapping("/group/start")
	String start(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		this.wizard.startGroup();
		return "redirect:/server";
	}

	@GetMapping(LINK_PATH)
	String link(Model model, HttpServletRequest request, RedirectAttributes redirect) {
		if (!ready(request)) {
			return notYet(request, redirect);
		}
		this.links.addTo(model, this.links.current(null));
		model.addAttribute("dayChoices", this.links.dayChoices());
		model.addAttribute("days", this.links.daysLeft());
		return LINK_VIEW;
	}

	/** A new end for the link: the same app sealed again, nothing registered. */
	@PostMapping(LINK_PATH)
	String changeEnd(@RequestParam(defaultValue = "1") String days, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (!ready(request)) {
			return notYet(request, redirect);
		}
		int chosen;
		try {
			chosen = Integer.parseInt(days.strip());
		}
		catch (NumberFormatException ex) {
			chosen = -1;
		}
		if (!this.links.dayChoices().contains(chosen)) {
			redirect.addFlashAttribute("notice", "group.link.error.days");
			return "redirect:" + LINK_PATH;
		}
		this.links.current(Duration.ofDays(chosen));
		redirect.addFlashAttribute("notice", "group.link.changed");
		return "redirect:" + LINK_PATH;
	}

	@GetMapping("/group/handout")
	String handout(Model model, HttpServletRequest request, RedirectAttributes redirect) {
		if (!ready(request)) {
			return notYet(request, redirect);
		}
		this.links.addTo(model, this.links.current(null));
		return HANDOUT_VIEW;
	}

	/**
	 * Whether this browser's wizard is a group's and has its app. Without a session it is
	 * neither, and asking the wizard would open a session for a mere visit.
	 */
	private boolean ready(HttpServletRequest request) {
		return hasWizard(request) && this.wizard.forGroup() && this.wizard.reached(Step.APP_REGISTERED);
	}

	private String notYet(HttpServletRequest request, RedirectAttributes redirect) {
		if (hasWizard(request) && this.wizard.forGroup()) {
			redirect.addFlashAttribute("notice", "notice.step.app-registered");
			return "redirect:" + this.wizard.currentPath();
		}
		return "redirect:/group";
	}

	private static boolean hasWizard(HttpServletRequest request) {
		return request.getSession(false) != null;
	}

}
