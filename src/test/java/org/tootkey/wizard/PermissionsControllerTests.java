package org.tootkey.wizard;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MvcResult;
import org.tootkey.mastodon.MastodonApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PermissionsController.class)
class PermissionsControllerTests extends WizardControllerSupport {

	@Test
	void showWhenNoServerChosenThenRedirectsToServerWithAMessage() throws Exception {
		this.mvc.perform(get("/permissions").session(this.session))
			.andExpect(redirectedUrl("/server"))
			.andExpect(flash().attribute("notice", "notice.step.server-chosen"));
	}

	@Test
	void showWhenNoWizardAtAllThenRedirectsToServerWithoutOpeningASession() throws Exception {
		MvcResult result = this.mvc.perform(get("/permissions")).andExpect(redirectedUrl("/server")).andReturn();
		assertThat(result.getRequest().getSession(false)).as("a session opened for a mere visit").isNull();
	}

	@Test
	void showWhenServerChosenThenPreviewsTheServerBeforeRegistering() throws Exception {
		chooseServer();
		this.mvc.perform(get("/permissions").session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Example Social")))
			.andExpect(content().string(containsString("Mastodon 4.5.0")))
			.andExpect(content().string(containsString("need approval")))
			.andExpect(content().string(containsString("value=\"My bot\"")))
			.andExpect(content().string(containsString("Post text and images")))
			.andExpect(content().string(containsString("write:statuses write:media profile")));
		then(this.mastodon).should(never()).registerApp(any(), any(), any(), any(), any());
	}

	@Test
	void registerWhenFormIsValidThenRegistersWithPresetScopesAndGoesToAuthorize() throws Exception {
		chooseServer();
		given(this.oauth.callbackUri(any())).willReturn("http://localhost/callback");
		given(this.mastodon.registerApp(any(), eq("Weather bot"), eq(""), eq(Set.of("write:statuses", "profile")),
				eq("http://localhost/callback")))
			.willReturn(Fixtures.app());
		this.mvc
			.perform(post("/permissions").session(this.session)
				.param("preset", "post-text")
				.param("appName", " Weather bot ")
				.param("website", ""))
			.andExpect(redirectedUrl("/authorize"));
		then(this.oauth).should().begin(any(), eq(Fixtures.app()));
	}

	@Test
	void registerWhenCustomScopesChosenThenAddsTheVerificationScope() throws Exception {
		chooseServer();
		given(this.oauth.callbackUri(any())).willReturn("http://localhost/callback");
		given(this.mastodon.registerApp(any(), anyString(), any(), eq(Set.of("write:statuses", "profile")),
				anyString()))
			.willReturn(Fixtures.app());
		this.mvc
			.perform(post("/permissions").session(this.session)
				.param("preset", "custom")
				.param("scopes", "write:statuses")
				.param("appName", "Bot"))
			.andExpect(redirectedUrl("/authorize"));
	}

	@Test
	void registerWhenCustomScopeIsUnknownToServerThenErrorAndNoRegistration() throws Exception {
		chooseServer();
		this.mvc
			.perform(post("/permissions").session(this.session)
				.param("preset", "custom")
				.param("scopes", "admin:write")
				.param("appName", "Bot"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tick at least one permission")));
		then(this.mastodon).should(never()).registerApp(any(), any(), any(), any(), any());
	}

	@Test
	void registerWhenNameIsEmptyOrWebsiteBadThenBothErrorsAndValuesKept() throws Exception {
		chooseServer();
		this.mvc
			.perform(post("/permissions").session(this.session)
				.param("preset", "post-text")
				.param("appName", "")
				.param("website", "javascript:alert(1)"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: What should your bot be able to do?")))
			.andExpect(content().string(containsString("Enter a name for your bot’s app")))
			.andExpect(content().string(containsString("starting with https://")))
			.andExpect(content().string(containsString("value=\"javascript:alert(1)\"")))
			.andExpect(content().string(not(containsString("value=\"My bot\""))));
	}

	/**
	 * Issue 12: the length rule is a Bean Validation constraint now; the page still says
	 * the limit in the person's language, and counts characters as a person does (an
	 * emoji is one).
	 */
	@Test
	void registerWhenNameIsTooLongThenSaysTheLimitInThePersonsLanguage() throws Exception {
		chooseServer();
		String sixty = "🤖".repeat(PermissionsForm.MAX_NAME);
		this.mvc.perform(
				post("/permissions").session(this.session).param("preset", "post-text").param("appName", sixty + "🤖"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The name must be 60 characters or fewer")));
		this.mvc
			.perform(post("/permissions").session(this.session)
				.cookie(new jakarta.servlet.http.Cookie("TOOTKEY_LANG", "de"))
				.param("preset", "post-text")
				.param("appName", "x".repeat(61)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Der Name darf höchstens 60 Zeichen lang sein")));
		then(this.mastodon).should(never()).registerApp(any(), any(), any(), any(), any());
	}

	@Test
	void registerWhenServerRefusesThenShowsItsReason() throws Exception {
		chooseServer();
		given(this.oauth.callbackUri(any())).willReturn("http://localhost/callback");
		given(this.mastodon.registerApp(any(), any(), any(), any(), any())).willThrow(
				new MastodonApiException("app.error.rejected", "Validation failed: Application name is too long"));
		this.mvc
			.perform(post("/permissions").session(this.session).param("preset", "post-text").param("appName", "Bot"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("It said: “Validation failed: Application name is too long”")));
	}

	private void chooseServer() {
		WizardSession wizard = new WizardSession();
		wizard.serverChosen(Fixtures.server(), null);
		this.session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, wizard);
	}

}
