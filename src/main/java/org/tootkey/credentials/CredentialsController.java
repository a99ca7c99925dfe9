package org.tootkey.credentials;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tootkey.exchanges.ExchangeLog;
import org.tootkey.oauth.OAuthFlow;
import org.tootkey.server.KnownSoftware;
import org.tootkey.server.ServerProfile;
import org.tootkey.web.Problem;
import org.tootkey.web.SessionCap;
import org.tootkey.wizard.WizardSession;
import org.tootkey.wizard.WizardSession.Step;

/**
 * Step 5: the credentials, once, by Post/Redirect/Get. The POST ends the wizard's
 * session, hands the values to the next request only (a flash attribute in a fresh
 * session that holds nothing else but the fact that the reveal happened) and redirects;
 * the GET renders them with {@code no-store}. Every later visit — reload, Back, forward,
 * a bookmark — gets the "already shown" page; a visit before any reveal gets "nothing to
 * show yet".
 */
@Controller
class CredentialsController {

	static final String VIEW = "credentials";

	static final String GONE_VIEW = "credentials-gone";

	static final String NOT_YET_VIEW = "credentials-not-yet";

	static final String PATH = "/credentials";

	private final WizardSession wizard;

	private final OAuthFlow oauth;

	private final MessageSource messages;

	CredentialsController(WizardSession wizard, OAuthFlow oauth, MessageSource messages) {
		this.wizard = wizard;
		this.oauth = oauth;
		this.messages = messages;
	}

	@PostMapping(PATH)
	String reveal(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		HttpSession session = request.getSession(false);
		if (session == null && request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
			// the wizard ran out before "show": nothing was shown, and nothing can be
			return Problem.SESSION_EXPIRED.redirect();
		}
		if (session == null || session.getAttribute(WizardSession.REVEALED) != null) {
			return "redirect:" + PATH;
		}
		if (!this.wizard.reached(Step.CONFIRMED)) {
			return "redirect:" + this.wizard.currentPath();
		}
		Credentials credentials = credentials(this.wizard);
		ExchangeLog log = ExchangeLog.current();
		List<ExchangeLog.Exchange> exchanges = (log != null) ? log.entries() : List.of();
		this.oauth.forget(request, response);
		session.invalidate();
		HttpSession ended = request.getSession(true);
		ended.setAttribute(WizardSession.REVEALED, Boolean.TRUE);
		// only remembers that the wizard ended: not a place among the live wizards
		ended.setAttribute(SessionCap.ENDED, Boolean.TRUE);
		redirect.addFlashAttribute("credentials", credentials);
		redirect.addFlashAttribute("exchanges", exchanges);
		return "redirect:" + PATH;
	}

	@GetMapping(PATH)
	String show(Model model, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (model.getAttribute("credentials") instanceof Credentials credentials) {
			String header = this.messages.getMessage("snippet.env.header",
					new Object[] { credentials.handle(), credentials.apiBaseUrl(), credentials.madeOn().toString() },
					LocaleContextHolder.getLocale());
			model.addAttribute("snippets", Snippets.render(credentials, header));
			model.addAttribute("envFileName", Snippets.envFileName(credentials));
			// Switching language would show the keys a second time: the page says why it
			// has no switch.
			model.addAttribute("languageSwitch", false);
			model.addAttribute("languageNote", "credentials.language-note");
			return VIEW;
		}
		HttpSession session = request.getSession(false);
		boolean ended = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
		if ((session != null && session.getAttribute(WizardSession.REVEALED) != null) || (session == null && ended)) {
			return GONE_VIEW;
		}
		model.addAttribute("continuePath", (session != null) ? this.wizard.currentPath() : null);
		return NOT_YET_VIEW;
	}

	private static Credentials credentials(WizardSession wizard) {
		ServerProfile server = wizard.server();
		String base = server.baseUri().toString();
		URI manage = KnownSoftware.habits(server.software())
			.map((habits) -> habits.revokePage(server.baseUri()))
			.orElse(null);
		return new Credentials(base, wizard.app().clientId(), wizard.app().clientSecret(), wizard.token().value(),
				"@" + wizard.account().username() + "@" + server.handleDomain(), wizard.app().name(),
				wizard.grantedScopes().stream().sorted().toList(), manage, LocalDate.now(ZoneOffset.UTC));
	}

}
