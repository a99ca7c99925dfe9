package org.tootkey.wizard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tootkey.mastodon.MastodonApiException;
import org.tootkey.mastodon.MastodonClient;
import org.tootkey.web.WarnsBeforeSessionEnds;
import org.tootkey.wizard.AccountCheck.Refusal;
import org.tootkey.wizard.WizardSession.Step;

/**
 * When the key is for another account — the person said "no, not my bot", or it is not
 * the account they named: the key is given back (revoked) and this page explains how to
 * reach the bot's login. The app stays registered, so trying again needs no new
 * registration.
 */
@Controller
@WarnsBeforeSessionEnds
class AnotherAccountController {

	static final String VIEW = "another-account";

	static final String PATH = "/another-account";

	private final WizardSession wizard;

	AnotherAccountController(WizardSession wizard) {
		this.wizard = wizard;
	}

	@GetMapping(PATH)
	@RequiresStep(Step.APP_REGISTERED)
	String show(Model model) {
		AccountCheck check = this.wizard.accountCheck();
		if (check.refusal() == null || this.wizard.reached(Step.AUTHORIZED)) {
			return "redirect:" + this.wizard.currentPath();
		}
		model.addAttribute("refusal", check.refusal().name());
		model.addAttribute("refusedAccount", check.refusedAccount());
		model.addAttribute("expectedAccount", check.expectedHandle(this.wizard.server()));
		model.addAttribute("server", this.wizard.server());
		return VIEW;
	}

	/**
	 * Revokes the key on the server and forgets it here; returns this page's path, where
	 * the person goes next. The app stays registered, so the person can try again with
	 * the right account straight away.
	 */
	static String giveBack(MastodonClient mastodon, WizardSession wizard, Refusal why) {
		String handle = wizard.account().handleOn(wizard.server());
		try {
			mastodon.revoke(wizard.server(), wizard.app(), wizard.token().value());
		}
		catch (MastodonApiException ex) {
			// The key is dropped here either way; the page says how to remove it on the
			// server.
		}
		wizard.refused(why, handle);
		return PATH;
	}

}
