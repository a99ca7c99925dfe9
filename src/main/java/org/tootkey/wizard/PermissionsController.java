package org.tootkey.wizard;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
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
import org.tootkey.mastodon.MastodonApiException;
import org.tootkey.mastodon.RegistrationLimitException;
import org.tootkey.mastodon.MastodonClient;
import org.tootkey.mastodon.RegisteredApp;
import org.tootkey.oauth.OAuthFlow;
import org.tootkey.server.ServerProfile;
import org.tootkey.web.ContentSecurityPolicy;
import org.tootkey.web.RateLimited;
import org.tootkey.web.VisitorLimit;
import org.tootkey.web.RetryLaterStatus;
import org.tootkey.wizard.WizardSession.Step;
import org.tootkey.web.WarnsBeforeSessionEnds;

/**
 * Step 2: a preview of the server, what the bot may do, and the app's name. Sending the
 * form registers the app on the server ({@code POST /api/v1/apps}).
 */
@Controller
@WarnsBeforeSessionEnds
@RequiresStep(Step.SERVER_CHOSEN)
class PermissionsController {

	static final String VIEW = "permissions";

	/** Where the organizer of a group sees the class link (owned by the group road). */
	static final String GROUP_LINK_PATH = "/group/link";

	private final WizardSession wizard;

	private final MastodonClient mastodon;

	private final OAuthFlow oauth;

	private final MessageSource messages;

	PermissionsController(WizardSession wizard, MastodonClient mastodon, OAuthFlow oauth, MessageSource messages) {
		this.messages = messages;
		this.wizard = wizard;
		this.mastodon = mastodon;
		this.oauth = oauth;
	}

	@GetMapping("/permissions")
	String show(Model model, HttpServletResponse response) {
		PermissionsForm form = new PermissionsForm();
		form.setAppName((this.wizard.app() != null) ? this.wizard.app().name()
				: this.messages.getMessage("permissions.app-name.suggested", null, LocaleContextHolder.getLocale()));
		return render(form, model, response);
	}

	@PostMapping("/permissions")
	@RateLimited
	String register(@Valid @ModelAttribute("form") PermissionsForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		ServerProfile server = this.wizard.server();
		String name = form.getAppName().strip();
		String website = form.getWebsite().strip();
		Set<String> scopes = PermissionsChecks.check(form, server, result);
		if (result.hasErrors()) {
			return render(form, model, response);
		}
		RegisteredApp app;
		try {
			VisitorLimit.spend(request);
			app = this.mastodon.registerApp(server, name, website, scopes, this.oauth.callbackUri(request));
		}
		catch (VisitorLimit.LimitReachedException ex) {
			ex.reject(result);
			String view = render(form, model, response);
			ex.answer(response);
			return view;
		}
		catch (RegistrationLimitException ex) {
			ex.reject(result);
			String view = render(form, model, response);
			RetryLaterStatus.answer(response, ex.waitSeconds());
			return view;
		}
		catch (MastodonApiException ex) {
			ex.reject(result);
			RetryLaterStatus.answer(ex, response);
			return render(form, model, response);
		}
		// A new session id now that the session holds an app secret (session fixation).
		request.changeSessionId();
		this.oauth.forget(request, response);
		this.wizard.appRegistered(scopes, app);
		if (this.wizard.forGroup()) {
			return "redirect:" + GROUP_LINK_PATH;
		}
		this.oauth.begin(server, app);
		return "redirect:/authorize";
	}

	private String render(PermissionsForm form, Model model, HttpServletResponse response) {
		ServerProfile server = this.wizard.server();
		model.addAttribute("form", form);
		model.addAttribute("server", server);
		model.addAttribute("presets",
				List.of(ScopePreset.values()).stream().filter((p) -> p.availableOn(server.capabilities())).toList());
		model.addAttribute("scopeGroups", ScopeChoice.offeredOn(server.capabilities()));
		model.addAttribute("verificationScope", Scopes.verificationScope(server.capabilities()));
		model.addAttribute("markBotScope",
				PermissionsChecks.canOfferMarkBot(server) ? MastodonClient.MARK_BOT_SCOPE : null);
		ContentSecurityPolicy.allow(response, (server.thumbnail() != null) ? List.of(server.thumbnail()) : List.of(),
				null);
		return VIEW;
	}

}
