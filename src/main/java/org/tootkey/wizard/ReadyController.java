package org.tootkey.wizard;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tootkey.exchanges.ExchangeLogs;
import org.tootkey.mastodon.Account;
import org.tootkey.mastodon.MastodonApiException;
import org.tootkey.mastodon.MastodonClient;
import org.tootkey.web.ContentSecurityPolicy;
import org.tootkey.wizard.WizardSession.Step;
import org.tootkey.web.WarnsBeforeSessionEnds;

/**
 * After "Yes, this is my bot" and before the point of no return: the optional extras (a
 * first post, the bot flag), each with its result, then the button that shows the keys
 * once.
 */
@Controller
@WarnsBeforeSessionEnds
@RequiresStep(Step.CONFIRMED)
class ReadyController {

	static final String VIEW = "ready";

	static final String PATH = "/ready";

	private final WizardSession wizard;

	private final MastodonClient mastodon;

	private final MessageSource messages;

	ReadyController(WizardSession wizard, MastodonClient mastodon, MessageSource messages) {
		this.wizard = wizard;
		this.mastodon = mastodon;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String show(Model model, HttpServletResponse response) {
		if (!model.containsAttribute("post")) {
			FirstPostForm post = new FirstPostForm();
			post.setText(this.messages.getMessage("authorized.post.suggested", null, LocaleContextHolder.getLocale()));
			model.addAttribute("post", post);
		}
		return render(model, response);
	}

	@PostMapping(PATH + "/post")
	String post(@Valid @ModelAttribute("post") FirstPostForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (!canPost() || this.wizard.firstPost() != null) {
			return "redirect:" + PATH;
		}
		String text = form.getText().strip();
		if (!result.hasErrors()) {
			try {
				this.wizard.posted(this.mastodon.post(this.wizard.server(), this.wizard.token().value(), text,
						form.getVisibility()));
				return "redirect:" + PATH;
			}
			catch (MastodonApiException ex) {
				ex.reject(result);
			}
		}
		return render(model, response);
	}

	@PostMapping(PATH + "/bot")
	String markAsBot(RedirectAttributes redirect) {
		if (canMarkBot() && !this.wizard.account().bot()) {
			try {
				this.wizard.accountUpdated(this.mastodon.markAsBot(this.wizard.server(), this.wizard.token().value()));
			}
			catch (MastodonApiException ex) {
				redirect.addFlashAttribute("botError", ex);
			}
		}
		return "redirect:" + PATH;
	}

	private String render(Model model, HttpServletResponse response) {
		Account account = this.wizard.account();
		model.addAttribute("account", account);
		model.addAttribute("handle", account.handleOn(this.wizard.server()));
		model.addAttribute("canPost", canPost());
		model.addAttribute("canMarkBot", canMarkBot());
		model.addAttribute("botScopeAsked",
				Scopes.covers(this.wizard.requestedScopes(), MastodonClient.MARK_BOT_SCOPE));
		model.addAttribute("firstPost", this.wizard.firstPost());
		model.addAttribute("visibilities", FirstPostForm.VISIBILITIES);
		model.addAttribute("exchanges", ExchangeLogs.current());
		// The keys page has no language switch (switching would show the keys a second
		// time).
		model.addAttribute("languageNote", "ready.language-note");
		ContentSecurityPolicy.allow(response, (account.avatar() != null) ? List.of(account.avatar()) : List.of(), null);
		return VIEW;
	}

	private boolean canPost() {
		return Scopes.covers(this.wizard.grantedScopes(), "write:statuses");
	}

	private boolean canMarkBot() {
		return Scopes.covers(this.wizard.grantedScopes(), MastodonClient.MARK_BOT_SCOPE);
	}

}
