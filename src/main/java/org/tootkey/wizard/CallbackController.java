package org.tootkey.wizard;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tootkey.mastodon.Account;
import org.tootkey.mastodon.MastodonApiException;
import org.tootkey.mastodon.MastodonClient;
import org.tootkey.oauth.CallbackError;
import org.tootkey.oauth.GrantedToken;
import org.tootkey.oauth.OAuthFlow;
import org.tootkey.web.Problem;
import org.tootkey.wizard.AccountCheck.Refusal;
import org.tootkey.wizard.WizardSession.Step;

/**
 * The return from the server's sign-in: the callback where the server sends the visitor
 * back. Spring Security has exchanged the code by the time a successful callback reaches
 * us; here the key is checked against the account it belongs to. Every outcome ends in a
 * redirect to an address without parameters.
 */
@Controller
class CallbackController {

	private final WizardSession wizard;

	private final OAuthFlow oauth;

	private final MastodonClient mastodon;

	CallbackController(WizardSession wizard, OAuthFlow oauth, MastodonClient mastodon) {
		this.wizard = wizard;
		this.oauth = oauth;
		this.mastodon = mastodon;
	}

	@GetMapping(OAuthFlow.CALLBACK_PATH)
	String callback(@RequestParam(required = false) String error, @RequestParam(required = false) String code,
			@RequestParam(required = false) String state, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (error != null) {
			CallbackError.detail(error).ifPresent((detail) -> redirect.addFlashAttribute("detail", detail));
			return CallbackError.of(error).problem().redirect();
		}
		if (code != null || state != null) {
			// Spring Security let it through: no pending authorization matches (replayed,
			// another browser, or the session ended). A code means the server said yes:
			// the
			// app it authorized is still there, and the page says so.
			if (Steps.sessionEnded(request)) {
				return ((code != null) ? Problem.SESSION_ENDED_AFTER_YES : Problem.SESSION_EXPIRED).redirect();
			}
			return Problem.LINK_EXPIRED.redirect();
		}
		Optional<GrantedToken> token = this.oauth.takeToken(request, response);
		if (token.isEmpty()) {
			if (this.wizard.reached(Step.AUTHORIZED)) {
				return "redirect:/authorized";
			}
			return (Steps.sessionEnded(request) ? Problem.SESSION_EXPIRED : Problem.LINK_EXPIRED).redirect();
		}
		Account account;
		try {
			account = this.mastodon.verifyCredentials(this.wizard.server(), token.get().value());
		}
		catch (MastodonApiException ex) {
			redirect.addFlashAttribute("detail", ex);
			return Problem.VERIFY_FAILED.redirect();
		}
		this.wizard.authorized(token.get(), account);
		if (!this.wizard.accountCheck().isExpected(account)) {
			// The person named the bot and this is someone else: a hard stop, the key
			// goes back.
			return AnotherAccountController.giveBack(this.mastodon, this.wizard, Refusal.NOT_THE_NAMED_ACCOUNT);
		}
		return "redirect:/authorized";
	}

}
