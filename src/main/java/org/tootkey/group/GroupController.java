package org.tootkey.group;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tootkey.mastodon.RegisteredApp;
import org.tootkey.oauth.OAuthFlow;
import org.tootkey.server.ServerProfile;
import org.tootkey.wizard.WizardSession;
import org.tootkey.wizard.WizardSession.Step;

/**
 * The organizer's road: what a class link is, then the usual server and permissions pages
 * (the wizard remembers it is for a group), then the link itself with its QR code, its end,
 * what sharing it means, and a handout to print.
 */
@Controller
class GroupController {

	static final String INTRO_VIEW = "group";

	static final String LINK_VIEW = "group-link";

	static final String HANDOUT_VIEW = "group-handout";

	static final String LINK_PATH = "/group/link";

	private final WizardSession wizard;

	private final GroupSession group;

	private final LinkSealer sealer;

	private final LinkProperties properties;

	private final Clock clock;

	GroupController(WizardSession wizard, GroupSession group, LinkSealer sealer, LinkProperties properties,
			Clock clock) {
		this.wizard = wizard;
		this.group = group;
		this.sealer = sealer;
		this.properties = properties;
		this.clock = clock;
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
		if (!ready()) {
			return notYet(redirect);
		}
		String sealed = currentLink(null);
		addLink(model, sealed);
		model.addAttribute("dayChoices", dayChoices());
		model.addAttribute("days", daysLeft());
		return LINK_VIEW;
	}

	/** A new end for the link: the same app sealed again, nothing registered. */
	@PostMapping(LINK_PATH)
	String changeEnd(@RequestParam(defaultValue = "1") String days, RedirectAttributes redirect) {
		if (!ready()) {
			return notYet(redirect);
		}
		int chosen;
		try {
			chosen = Integer.parseInt(days.strip());
		}
		catch (NumberFormatException ex) {
			chosen = -1;
		}
		if (!dayChoices().contains(chosen)) {
			redirect.addFlashAttribute("notice", "group.link.error.days");
			return "redirect:" + LINK_PATH;
		}
		currentLink(Duration.ofDays(chosen));
		redirect.addFlashAttribute("notice", "group.link.changed");
		return "redirect:" + LINK_PATH;
	}

	@GetMapping("/group/handout")
	String handout(Model model, RedirectAttributes redirect) {
		if (!ready()) {
			return notYet(redirect);
		}
		addLink(model, currentLink(null));
		return HANDOUT_VIEW;
	}

	private boolean ready() {
		return this.wizard.forGroup() && this.wizard.reached(Step.APP_REGISTERED);
	}

	private String notYet(RedirectAttributes redirect) {
		if (this.wizard.forGroup()) {
			redirect.addFlashAttribute("notice", "notice.step.app-registered");
			return "redirect:" + this.wizard.currentPath();
		}
		return "redirect:/group";
	}

	/** The link for the current app: sealed once, or again when a new lifetime is chosen. */
	private String currentLink(Duration lifetime) {
		RegisteredApp app = this.wizard.app();
		String sealed = this.group.sealedFor(app.clientId());
		if (sealed == null || lifetime != null) {
			Instant expiresAt = this.clock.instant().plus((lifetime != null) ? lifetime : this.properties.lifetime());
			sealed = this.sealer.seal(new ClassLink(this.wizard.server(), app, expiresAt), app.redirectUri());
			this.group.sealed(app.clientId(), sealed, expiresAt);
		}
		return sealed;
	}

	private void addLink(Model model, String sealed) {
		ServerProfile server = this.wizard.server();
		RegisteredApp app = this.wizard.app();
		String url = tootkeyBase(app) + JoinController.PATH + sealed;
		model.addAttribute("link", url);
		model.addAttribute("qr", QrCodes.of(url));
		model.addAttribute("server", server);
		model.addAttribute("app", app);
		model.addAttribute("scopes", app.scopes().stream().sorted().toList());
		model.addAttribute("expiresAt", formatted(this.group.expiresAt()));
		model.addAttribute("revokePage", RevokePages.forSoftware(server));
		model.addAttribute("afterwards", RevokePages.afterwardsKey(server));
		model.addAttribute("software", (server.softwareName() != null) ? server.softwareName() : server.displayDomain());
	}

	/** This Tootkey's own address, as registered with the server: the callback, minus its path. */
	static String tootkeyBase(RegisteredApp app) {
		String callback = app.redirectUri();
		return callback.endsWith(OAuthFlow.CALLBACK_PATH)
				? callback.substring(0, callback.length() - OAuthFlow.CALLBACK_PATH.length()) : callback;
	}

	static String formatted(Instant at) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(ZoneOffset.UTC)
			.format(at) + " UTC";
	}

	private List<Integer> dayChoices() {
		int max = (int) Math.max(1, this.properties.maxLifetime().toDays());
		return IntStream.rangeClosed(1, max).boxed().toList();
	}

	private long daysLeft() {
		Instant end = this.group.expiresAt();
		long hours = Duration.between(this.clock.instant(), end).toHours();
		return Math.max(1, Math.round(hours / 24.0));
	}

}
