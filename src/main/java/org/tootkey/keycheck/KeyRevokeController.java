package org.tootkey.keycheck;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tootkey.exchanges.ExchangeLog;
import org.tootkey.mastodon.MastodonApiException;
import org.tootkey.server.DiscoveryException;
import org.tootkey.web.RateLimited;
import org.tootkey.web.VisitorLimit;

/**
 * Revoking a checked key from its answer page: the page posts back the sealed key (see
 * {@link KeySeal}), Tootkey revokes it with the app's client ID and secret and checks it
 * again. A seal that no longer opens, a visitor at the limit and a server that cannot be
 * asked all lead back to an empty check form with a notice.
 */
@Controller
class KeyRevokeController {

	private final KeyChecker checker;

	private final KeySeal seal;

	KeyRevokeController(KeyChecker checker, KeySeal seal) {
		this.checker = checker;
		this.seal = seal;
	}

	@PostMapping("/check/revoke")
	@RateLimited
	String revoke(@RequestParam(name = "key", defaultValue = "") String sealed, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<KeySeal.Held> held = this.seal.open(sealed, KeySeal.binding(request));
		if (held.isEmpty() || !held.get().canRevoke()) {
			return emptyForm("check.revoke.too-late", model, response);
		}
		KeySeal.Held key = held.get();
		try {
			VisitorLimit.spend(request);
		}
		catch (VisitorLimit.LimitReachedException ex) {
			emptyForm("check.revoke.wait", model, response);
			ex.answer(response);
			return KeyCheckController.VIEW;
		}
		ExchangeLog log = new ExchangeLog();
		KeyChecker.Revoked revoked;
		try (ExchangeLog.Binding binding = ExchangeLog.bind(log)) {
			revoked = this.checker.revoke(key.server(), key.token(), key.clientId(), key.clientSecret());
		}
		catch (DiscoveryException | MastodonApiException ex) {
			return emptyForm("check.revoke.failed", model, response);
		}
		model.addAttribute("revokeRefusal", revoked.refusal());
		model.addAttribute("revokeAsked", true);
		return AnswerPage.render(model, response, revoked.after(), null, null, key.clientId(), log);
	}

	private static String emptyForm(String notice, Model model, HttpServletResponse response) {
		model.addAttribute("form", new CheckForm());
		model.addAttribute("notice", notice);
		return KeyCheckController.form(response);
	}

}
