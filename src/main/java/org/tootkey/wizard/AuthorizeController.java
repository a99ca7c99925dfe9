package org.tootkey.wizard;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tootkey.TootkeyProperties;
import org.tootkey.mastodon.Account;
import org.tootkey.mastodon.MastodonApiException;
import org.tootkey.mastodon.MastodonClient;
import org.tootkey.oauth.GrantedToken;
import org.tootkey.oauth.OAuthFlow;
import org.tootkey.server.KnownSoftware;
import org.tootkey.web.ContentSecurityPolicy;
import org.tootkey.web.Problem;
import org.tootkey.web.SessionWarning;
import org.tootkey.web.WarnsBeforeSessionEnds;
import org.tootkey.wizard.WizardSession.Refusal;
import org.tootkey.wizard.WizardSession.Step;

/**
 * Step 3 and the return: the "log in as your bot" page before the server's sign-in, and
 * the callback where the server sends the visitor back. Spring Security has exchanged the
 * code by the time a successful callback reaches us; every outcome ends in a redirect to
 * an address without parameters.
 */
@Controller
class AuthorizeController {

	static final String VIEW = "authorize";

	private final WizardSession wizard;

	private final OAuthFlow oauth;

	private final MastodonClient mastodon;

	private final TootkeyProperties properties;

	AuthorizeController(WizardSession wizard, OAuthFlow oauth, MastodonClient mastodon, TootkeyProperties properties) {
		this.wizard = wizard;
		this.oauth = oauth;
		this.mastodon = mastodon;
		this.properties = properties;
	}

	@GetMapping("/authorize")
	@RequiresStep(Step.APP_REGISTERED)
	@WarnsBeforeSessionEnds
	String show(Model model, HttpServletRequest request, HttpServletResponse response) {
		if (this.wizard.reached(Step.AUTHORIZED)) {
			return "redirect:/authorized";
		}
		String path = this.oauth.authorizationPath()
			.orElseGet(() -> this.oauth.begin(this.wizard.server(), this.wizard.app()));
		model.addAttribute("server", this.wizard.server());
		model.addAttribute("app", this.wizard.app());
		model.addAttribute("expectedAccount", this.wizard.expectedAccount());
		model.addAttribute("authorizationPath", path);
		model.addAttribute("habits", KnownSoftware.habits(this.wizard.server().software()).orElse(null));
		long seconds = SessionWarning.secondsLeft(request.getSession(false), this.properties);
		model.addAttribute("minutesLeft", Math.max(1, seconds / 60));
		ContentSecurityPolicy.allow(response, List.of(), this.wizard.server().capabilities().authorizeEndpoint());
		return VIEW;
	}

	@GetMapping(OAuthFlow.CALLBACK_PATH)
	String callback(@RequestParam(required = false) String error, @RequestParam(required = false) String code,
			@RequestParam(required = false) String state, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (error != null) {
			return CallbackErrors.problemFor(error, redirect).redirect();
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
			redirect.addFlashAttribute("detail", ex.messageKey());
			redirect.addFlashAttribute("detailArguments", ex.arguments());
			return Problem.VERIFY_FAILED.redirect();
		}
		this.wizard.authorized(token.get(), account);
		if (!this.wizard.isExpected(account)) {
			// The person named the bot and this is someone else: a hard stop, the key
			// goes back.
			AuthorizedController.giveBack(this.mastodon, this.wizard, Refusal.NOT_THE_NAMED_ACCOUNT);
			return "redirect:" + AuthorizedController.ANOTHER_ACCOUNT_PATH;
		}
		return "redirect:/authorized";
	}

}
