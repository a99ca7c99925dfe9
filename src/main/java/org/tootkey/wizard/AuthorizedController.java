package org.tootkey.wizard;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tootkey.exchanges.ExchangeLogs;
import org.tootkey.mastodon.Account;
import org.tootkey.mastodon.MastodonClient;
import org.tootkey.server.ServerProfile;
import org.tootkey.web.ContentSecurityPolicy;
import org.tootkey.wizard.AccountCheck.Refusal;
import org.tootkey.wizard.WizardSession.Step;
import org.tootkey.web.WarnsBeforeSessionEnds;

/**
 * Step 4: "Is this your bot?" — a real question. The account the key works for, with its
 * name, picture, bot flag and full handle, and two answers. Nothing is shown, posted or
 * changed until "Yes". "No" gives the key back ({@link AnotherAccountController}).
 */
@Controller
@WarnsBeforeSessionEnds
class AuthorizedController {

	static final String VIEW = "authorized";

	private final WizardSession wizard;

	private final MastodonClient mastodon;

	AuthorizedController(WizardSession wizard, MastodonClient mastodon) {
		this.wizard = wizard;
		this.mastodon = mastodon;
	}

	@GetMapping("/authorized")
	@RequiresStep(Step.AUTHORIZED)
	String show(Model model, HttpServletResponse response) {
		return render(model, response, false);
	}

	@PostMapping("/authorized")
	@RequiresStep(Step.AUTHORIZED)
	String answer(@RequestParam(required = false) String answer, Model model, HttpServletResponse response) {
		if ("yes".equals(answer)) {
			this.wizard.confirmed();
			return "redirect:" + ReadyController.PATH;
		}
		if ("no".equals(answer)) {
			return "redirect:" + AnotherAccountController.giveBack(this.mastodon, this.wizard, Refusal.NOT_MINE);
		}
		return render(model, response, true);
	}

	private String render(Model model, HttpServletResponse response, boolean unanswered) {
		ServerProfile server = this.wizard.server();
		Account account = this.wizard.account();
		model.addAttribute("server", server);
		model.addAttribute("account", account);
		model.addAttribute("handle", account.handleOn(server));
		model.addAttribute("scopes", sorted(this.wizard.grantedScopes()));
		model.addAttribute("missingScopes", Scopes.missing(this.wizard.requestedScopes(), this.wizard.grantedScopes()));
		model.addAttribute("grantsEverything", server.alwaysGrantedScopes().isEmpty() ? null : server.softwareName());
		Instant expiresAt = this.wizard.token().expiresAt();
		model.addAttribute("expiresOn",
				(expiresAt != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(LocaleContextHolder.getLocale())
					.format(expiresAt.atZone(ZoneOffset.UTC)) : null);
		model.addAttribute("unanswered", unanswered);
		model.addAttribute("exchanges", ExchangeLogs.current());
		ContentSecurityPolicy.allow(response, (account.avatar() != null) ? List.of(account.avatar()) : List.of(), null);
		return VIEW;
	}

	private static List<String> sorted(Set<String> scopes) {
		return scopes.stream().sorted().toList();
	}

}
