package org.tootkey.wizard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.tootkey.mastodon.Account;
import org.tootkey.mastodon.MastodonApiException;
import org.tootkey.mastodon.MastodonClient;
import org.tootkey.oauth.GrantedToken;
import org.tootkey.oauth.TokenArrival;
import org.tootkey.web.Problem;
import org.tootkey.wizard.AccountCheck.Refusal;
import org.tootkey.wizard.WizardSession.Step;

/**
 * The key, checked the moment it arrives: while the server's return
 * ({@code /callback?code=…&state=…}) is still being answered, right after Spring
 * Security's code exchange, the key is tried on {@code verify_credentials}, recorded with
 * its account, and held against the account the person named. The answer is the next page
 * ("Is this your bot?", a problem page, or the key given back), so the return costs one
 * request. It runs inside the security filter chain, before any handler, so a problem's
 * detail travels in a flash map saved through the {@link FlashMapManager} (what
 * {@code RedirectAttributes} would do in a controller).
 */
@Component
class TokenCheck implements TokenArrival {

	static final String DETAIL = "detail";

	private final WizardSession wizard;

	private final MastodonClient mastodon;

	private final FlashMapManager flashMaps;

	TokenCheck(WizardSession wizard, MastodonClient mastodon, FlashMapManager flashMaps) {
		this.wizard = wizard;
		this.mastodon = mastodon;
		this.flashMaps = flashMaps;
	}

	@Override
	public String arrived(GrantedToken token, HttpServletRequest request, HttpServletResponse response) {
		Account account;
		try {
			account = this.mastodon.verifyCredentials(this.wizard.server(), token.value());
		}
		catch (MastodonApiException ex) {
			return problem(Problem.VERIFY_FAILED, ex, request, response);
		}
		this.wizard.authorized(token, account);
		if (!this.wizard.accountCheck().isExpected(account)) {
			// The person named the bot and this is someone else: a hard stop, the key
			// goes back.
			return AnotherAccountController.giveBack(this.mastodon, this.wizard, Refusal.NOT_THE_NAMED_ACCOUNT);
		}
		return Step.AUTHORIZED.path();
	}

	private String problem(Problem problem, Object detail, HttpServletRequest request, HttpServletResponse response) {
		FlashMap flash = new FlashMap();
		flash.put(DETAIL, detail);
		flash.setTargetRequestPath(request.getContextPath() + problem.path());
		this.flashMaps.saveOutputFlashMap(flash, request, response);
		return problem.path();
	}

}
