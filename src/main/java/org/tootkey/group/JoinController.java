package org.tootkey.group;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tootkey.oauth.OAuthFlow;
import org.tootkey.seal.BrokenSealException;
import org.tootkey.wizard.WizardSession;

/**
 * A participant's way in: the class link opens a page that shows the server and the
 * permissions the organizer chose (nothing to change), and "Continue" starts the usual
 * journey at the authorize step with the class app. A damaged, foreign or expired link is
 * a plain page and makes no call to any server.
 * <p>
 * The link is a path ({@code /join/<sealed>}), not a query string or a fragment: a
 * fragment never reaches the server, so only a script could read it, and Tootkey works
 * without scripts; a query string is logged by proxies just like a path. What protects
 * the link is the sealing (nobody can read the client secret out of it or change it) and
 * its short life; Tootkey keeps no access log, sends
 * {@code Referrer-Policy: no-referrer}, and the page's "Continue" posts the link in the
 * body so it appears in no further address.
 */
@Controller
class JoinController {

	static final String PATH = "/join/";

	static final String VIEW = "join";

	static final String REFUSED_VIEW = "join-refused";

	private final LinkSealer sealer;

	private final ServerCheck check;

	private final WizardSession wizard;

	private final OAuthFlow oauth;

	JoinController(LinkSealer sealer, ServerCheck check, WizardSession wizard, OAuthFlow oauth) {
		this.sealer = sealer;
		this.check = check;
		this.wizard = wizard;
		this.oauth = oauth;
	}

	@GetMapping(PATH + "{sealed}")
	String show(@PathVariable String sealed, Model model, HttpServletRequest request, HttpServletResponse response) {
		ClassLink link;
		try {
			link = this.sealer.open(sealed, this.oauth.callbackUri(request));
		}
		catch (BrokenSealException ex) {
			return refused(ex, model, response);
		}
		model.addAttribute("server", link.server());
		model.addAttribute("app", link.app());
		model.addAttribute("scopes", link.app().scopes().stream().sorted().toList());
		model.addAttribute("expiresAt", formatted(link.expiresAt()));
		model.addAttribute("sealed", sealed);
		return VIEW;
	}

	@PostMapping("/join")
	String join(@RequestParam(defaultValue = "") String link, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		ClassLink opened;
		try {
			opened = this.sealer.open(link, this.oauth.callbackUri(request));
		}
		catch (BrokenSealException ex) {
			return refused(ex, model, response);
		}
		Optional<MessageSourceResolvable> problem = this.check.problem(opened.server());
		if (problem.isPresent()) {
			model.addAttribute("reason", problem.get());
			model.addAttribute("server", opened.server());
			response.setStatus(HttpStatus.BAD_GATEWAY.value());
			return REFUSED_VIEW;
		}
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		this.wizard.joinedClass(opened.server(), opened.app());
		this.oauth.begin(opened.server(), opened.app());
		return "redirect:/authorize";
	}

	private static String refused(BrokenSealException ex, Model model, HttpServletResponse response) {
		model.addAttribute("reason", ex);
		response.setStatus(ex.isExpired() ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
		return REFUSED_VIEW;
	}

	/** When a link ends, in the visitor's language, in UTC. */
	static String formatted(Instant at) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(ZoneOffset.UTC)
			.format(at) + " UTC";
	}

}
