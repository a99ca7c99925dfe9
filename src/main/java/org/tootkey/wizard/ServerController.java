package org.tootkey.wizard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tootkey.TootkeyProperties;
import org.tootkey.exchanges.ExchangeLogs;
import org.tootkey.oauth.OAuthFlow;
import org.tootkey.server.DiscoveryException;
import org.tootkey.server.InvalidServerAddressException;
import org.tootkey.server.NameNotFoundException;
import org.tootkey.server.NearMiss;
import org.tootkey.server.PlainHttpException;
import org.tootkey.server.ServerAddress;
import org.tootkey.server.ServerDiscovery;
import org.tootkey.server.ServerProfile;
import org.tootkey.web.RateLimited;
import org.tootkey.web.RetryLaterStatus;
import org.tootkey.web.VisitorLimit;
import org.tootkey.web.WarnsBeforeSessionEnds;

/** Step 1: which server the bot's account is on. Discovery runs here, server-side. */
@Controller
@WarnsBeforeSessionEnds
class ServerController {

	static final String VIEW = "server";

	private final ServerDiscovery discovery;

	private final WizardSession wizard;

	private final OAuthFlow oauth;

	private final boolean allowLocal;

	ServerController(ServerDiscovery discovery, WizardSession wizard, OAuthFlow oauth, TootkeyProperties properties) {
		this.discovery = discovery;
		this.wizard = wizard;
		this.oauth = oauth;
		this.allowLocal = properties.allowLocalServers();
	}

	@GetMapping("/server")
	String show(@RequestParam(name = "suggested", required = false) String suggested, Model model,
			HttpServletRequest request) {
		ServerForm form = new ServerForm();
		if (NearMiss.isWellKnown(suggested)) {
			// "Did you mean …?": the suggestion refills the field; the person still
			// presses Continue.
			form.setServer(suggested);
		}
		// Without a session there is nothing to refill, and asking the wizard would open
		// one for a mere visit (a bookmark, a crawler).
		else if (request.getSession(false) != null && this.wizard.server() != null) {
			form.setServer(this.wizard.server().address().refill());
		}
		model.addAttribute("form", form);
		return VIEW;
	}

	@PostMapping("/server")
	@RateLimited
	String choose(@ModelAttribute("form") ServerForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		ServerAddress address;
		ServerProfile profile;
		try {
			address = ServerAddress.parse(form.getServer(), this.allowLocal);
			// A server chosen begins a wizard, even without Start: its session first,
			// so that a full tootkey.max-sessions answers "too many people" before the
			// server is asked anything (the form is shown without a session).
			request.getSession();
			// Only a real look-up counts against the visitor's limit, not a cached one.
			if (!this.discovery.isCached(address)) {
				VisitorLimit.spend(request);
			}
			ExchangeLogs.startOver();
			profile = this.discovery.discover(address);
		}
		catch (InvalidServerAddressException ex) {
			ex.rejectValue(result, "server");
			return VIEW;
		}
		catch (VisitorLimit.LimitReachedException ex) {
			ex.rejectValue(result, "server");
			ex.answer(response);
			return VIEW;
		}
		catch (DiscoveryException ex) {
			ex.rejectValue(result, "server");
			if (ex instanceof NameNotFoundException near) {
				model.addAttribute("suggestion", near.suggestion());
			}
			if (ex instanceof PlainHttpException) {
				model.addAttribute("plainHttp", PlainHttpException.retry(form.getServer()));
			}
			RetryLaterStatus.answer(ex, response);
			return VIEW;
		}
		this.oauth.forget(request, response);
		this.wizard.serverChosen(profile, address.account());
		return "redirect:/permissions";
	}

}
