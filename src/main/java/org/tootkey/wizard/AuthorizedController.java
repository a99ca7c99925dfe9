package org.tootkey.wizard;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

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
import org.tootkey.oauth.OAuthFlow;
import org.tootkey.server.ServerProfile;
import org.tootkey.web.ContentSecurityPolicy;
import org.tootkey.wizard.WizardSession.Step;

/**
 * Step 4: "Is this your bot?" The account the key works for, the permissions granted, and
 * optional extras (a first post, the bot flag) when the permissions allow them. "No, that's
 * me" revokes the key and sends the visitor to sign in again.
 */
@Controller
@RequiresStep(Step.AUTHORIZED)
class AuthorizedController {

	static final String VIEW = "authorized";

	private final WizardSession wizard;

	private final MastodonClient mastodon;

	private final OAuthFlow oauth;

	private final MessageSource messages;

	AuthorizedController(WizardSession wizard, MastodonClient mastodon, OAuthFlow oauth, MessageSource messages) {
		this.wizard = wizard;
		this.mastodon = mastodon;
		this.oauth = oauth;
		this.messages = messages;
	}

	@GetMapping("/authorized")
	String show(Model model, HttpServletResponse response) {
		if (!model.containsAttribute("post")) {
			FirstPostForm post = new FirstPostForm();
			post.setText(this.messages.getMessage("authorized.post.suggested", null, LocaleContextHolder.getLocale()));
			model.addAttribute("post", post);
		}
		return render(model, response);
	}

	@PostMapping("/authorized/post")
	String post(@ModelAttribute("post") FirstPostForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!canPost()) {
			return "redirect:/authorized";
		}
		String text = form.getText().strip();
		if (text.isEmpty()) {
			result.rejectValue("text", "authorized.post.error.empty");
		}
		else if (text.codePointCount(0, text.length()) > FirstPostForm.MAX_LENGTH) {
			result.rejectValue("text", "authorized.post.error.long", new Object[] { FirstPostForm.MAX_LENGTH }, null);
		}
		if (!FirstPostForm.VISIBILITIES.contains(form.getVisibility())) {
			result.rejectValue("visibility", "authorized.post.error.visibility");
		}
		if (!result.hasErrors()) {
			try {
				this.wizard.posted(this.mastodon.post(this.wizard.server(), this.wizard.token().value(), text,
						form.getVisibility()));
				redirect.addFlashAttribute(Steps.NOTICE, "authorized.post.done");
				return "redirect:/authorized";
			}
			catch (MastodonApiException ex) {
				result.reject(ex.messageKey(), ex.arguments(), null);
			}
		}
		return render(model, response);
	}

	@PostMapping("/authorized/bot")
	String markAsBot(RedirectAttributes redirect) {
		if (canMarkBot()) {
			try {
				this.wizard.accountUpdated(this.mastodon.markAsBot(this.wizard.server(), this.wizard.token().value()));
				redirect.addFlashAttribute(Steps.NOTICE, "authorized.bot.done");
			}
			catch (MastodonApiException ex) {
				redirect.addFlashAttribute("botError", ex.messageKey());
				redirect.addFlashAttribute("botErrorArguments", ex.arguments());
			}
		}
		return "redirect:/authorized";
	}

	@PostMapping("/authorized/not-me")
	String notMe() {
		try {
			this.mastodon.revoke(this.wizard.server(), this.wizard.app(), this.wizard.token().value());
		}
		catch (MastodonApiException ex) {
			// The key is dropped here either way; the person can also remove it on the server.
		}
		this.wizard.tokenDropped();
		String path = this.oauth.authorizationPath()
			.orElseGet(() -> this.oauth.begin(this.wizard.server(), this.wizard.app()));
		return "redirect:" + path;
	}

	private String render(Model model, HttpServletResponse response) {
		ServerProfile server = this.wizard.server();
		Account account = this.wizard.account();
		model.addAttribute("server", server);
		model.addAttribute("account", account);
		model.addAttribute("handle", "@" + account.username() + "@" + server.handleDomain());
		model.addAttribute("scopes", sorted(this.wizard.grantedScopes()));
		model.addAttribute("missingScopes", Scopes.missing(this.wizard.requestedScopes(), this.wizard.grantedScopes()));
		model.addAttribute("grantsEverything",
				server.alwaysGrantedScopes().isEmpty() ? null : server.softwareName());
		Instant expiresAt = this.wizard.token().expiresAt();
		model.addAttribute("expiresOn", (expiresAt != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(LocaleContextHolder.getLocale())
			.format(expiresAt.atZone(ZoneOffset.UTC)) : null);
		model.addAttribute("canPost", canPost());
		model.addAttribute("canMarkBot", canMarkBot());
		model.addAttribute("firstPost", this.wizard.firstPost());
		model.addAttribute("visibilities", FirstPostForm.VISIBILITIES);
		model.addAttribute("exchanges", ExchangeLogs.current());
		String expected = this.wizard.expectedAccount();
		model.addAttribute("unexpectedAccount",
				(expected != null && !expected.equalsIgnoreCase(account.username())) ? expected : null);
		List<java.net.URI> images = new ArrayList<>();
		if (account.avatar() != null) {
			images.add(account.avatar());
		}
		ContentSecurityPolicy.allow(response, images, server.capabilities().authorizeEndpoint());
		return VIEW;
	}

	private boolean canPost() {
		return Scopes.covers(this.wizard.grantedScopes(), "write:statuses");
	}

	private boolean canMarkBot() {
		return Scopes.covers(this.wizard.grantedScopes(), "write:accounts") && !this.wizard.account().bot();
	}

	private static List<String> sorted(Set<String> scopes) {
		return scopes.stream().sorted().toList();
	}

}
