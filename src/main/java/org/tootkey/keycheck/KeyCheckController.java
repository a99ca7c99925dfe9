package org.tootkey.keycheck;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.tootkey.TootkeyException;
import org.tootkey.TootkeyProperties;
import org.tootkey.mastodon.MastodonApiException;
import org.tootkey.exchanges.ExchangeLog;
import org.tootkey.server.DiscoveryException;
import org.tootkey.server.InvalidServerAddressException;
import org.tootkey.server.ServerAddress;
import org.tootkey.web.RateLimited;
import org.tootkey.web.VisitorLimit;
import org.tootkey.web.RetryLaterStatus;

/**
 * "Check a key": one page asks for the server and the key (and, to make revoking
 * possible, the app's client ID and secret); the answer is rendered straight from the
 * POST, so the key never needs to be kept for a redirect. Revoking posts the sealed key
 * back from the answer page ({@link KeyRevokeController}). Bad input is answered before
 * any call to a server.
 */
@Controller
class KeyCheckController {

	static final String VIEW = "check";

	private final KeyChecker checker;

	private final KeySeal seal;

	private final boolean allowLocal;

	KeyCheckController(KeyChecker checker, KeySeal seal, TootkeyProperties properties) {
		this.checker = checker;
		this.seal = seal;
		this.allowLocal = properties.allowLocalServers();
	}

	@GetMapping("/check")
	String show(Model model, HttpServletResponse response) {
		model.addAttribute("form", new CheckForm());
		return form(response);
	}

	@PostMapping("/check")
	@RateLimited
	String check(@Valid @ModelAttribute("form") CheckForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		ServerAddress address = null;
		try {
			address = ServerAddress.parse(form.getServer(), this.allowLocal);
		}
		catch (InvalidServerAddressException ex) {
			ex.rejectValue(result, "server");
		}
		if (result.hasErrors()) {
			return form(response);
		}
		try {
			VisitorLimit.spend(request);
		}
		catch (VisitorLimit.LimitReachedException ex) {
			ex.rejectValue(result, "server");
			form(response);
			ex.answer(response);
			return VIEW;
		}
		ExchangeLog log = new ExchangeLog();
		KeyReport report;
		try (ExchangeLog.Binding binding = ExchangeLog.bind(log)) {
			report = this.checker.check(address, form.token());
		}
		catch (DiscoveryException ex) {
			ex.rejectValue(result, "server");
			return busy(ex, response);
		}
		catch (MastodonApiException ex) {
			ex.reject(result);
			return busy(ex, response);
		}
		// Sealed with the API server found (for a handle on a split domain, not the
		// handle's domain).
		String sealed = (report.verdict().works() && form.hasClient()) ? this.seal.seal(
				new KeySeal.Held(report.server().address(), form.token(), form.clientId(), form.clientSecret()),
				KeySeal.binding(request)) : null;
		return AnswerPage.render(model, response, report, sealed, address.account(), form.clientId(), log);
	}

	static String form(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return VIEW;
	}

	/**
	 * When Tootkey itself is at its cap of calls to servers: 429 with a short
	 * Retry-After.
	 */
	private static String busy(TootkeyException failure, HttpServletResponse response) {
		RetryLaterStatus.answer(failure, response);
		return form(response);
	}

}
