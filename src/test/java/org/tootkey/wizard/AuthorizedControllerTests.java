package org.tootkey.wizard;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.tootkey.mastodon.Account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({ AuthorizedController.class, AnotherAccountController.class })
class AuthorizedControllerTests extends WizardControllerSupport {

	@Test
	void everyActionWhenNotYetAuthorizedThenBackToTheStepReachedWithAMessageAndNothingSent() throws Exception {
		this.session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, new WizardSession());
		this.mvc.perform(post("/authorized").session(this.session).param("answer", "no"))
			.andExpect(redirectedUrl("/server"))
			.andExpect(flash().attribute("notice", "notice.step.authorized"));
		this.mvc.perform(get("/authorized").session(this.session)).andExpect(redirectedUrl("/server"));
		then(this.mastodon).shouldHaveNoInteractions();
	}

	@Test
	void showWhenTheSessionEndedThenSaysSo() throws Exception {
		this.mvc.perform(get("/authorized").with((request) -> {
			request.setRequestedSessionId("gone");
			request.setRequestedSessionIdValid(false);
			return request;
		})).andExpect(redirectedUrl("/problem/session-expired"));
	}

	@Test
	void showWhenAuthorizedThenAsksAQuestionWithYesFirstAndRevealsNothing() throws Exception {
		WizardSession wizard = authorized("write:statuses", "profile");
		String html = this.mvc.perform(get("/authorized").session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Is this your bot?")))
			.andExpect(content().string(containsString("Write and delete posts")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.indexOf("value=\"yes\"")).isPositive().isLessThan(html.indexOf("value=\"no\""));
		assertThat(html).contains("Yes, @bot@example.social is my bot", "No, that’s another account")
			.doesNotContain("token-1", "client-secret-1", "show my credentials", "Send the post", "Mark as a bot")
			.doesNotContain("/credentials");
		assertThat(wizard.currentPath()).isEqualTo(WizardSession.Step.AUTHORIZED.path());
	}

	@Test
	void showWhenAccountIsNotMarkedAsABotThenAWarningPanel() throws Exception {
		authorized("profile");
		this.mvc.perform(get("/authorized").session(this.session))
			.andExpect(content().string(containsString("data-not-bot")))
			.andExpect(content().string(containsString("This account is not marked as a bot")));
	}

	@Test
	void showWhenAccountIsABotThenNoWarningPanel() throws Exception {
		WizardSession wizard = authorized("profile");
		wizard.accountUpdated(new Account("1", "bot", "Bot", null, null, true));
		this.mvc.perform(get("/authorized").session(this.session))
			.andExpect(content().string(not(containsString("data-not-bot"))));
	}

	@Test
	void showWhenAccountHasAnAvatarThenOnlyThatPictureOriginIsAllowed() throws Exception {
		WizardSession wizard = authorized("profile");
		wizard.accountUpdated(
				new Account("1", "bot", "Bot", URI.create("https://files.example.social/avatars/1.png"), null, true));
		this.mvc.perform(get("/authorized").session(this.session))
			.andExpect(header().string("Content-Security-Policy",
					containsString("img-src 'self' https://files.example.social;")));
	}

	@Test
	void answerWhenNoneChosenThenErrorSummaryAndStillNothingRevealed() throws Exception {
		WizardSession wizard = authorized("profile");
		this.mvc.perform(post("/authorized").session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: ")))
			.andExpect(content().string(containsString("href=\"#answer\"")))
			.andExpect(content().string(not(containsString("token-1"))));
		assertThat(wizard.currentPath()).isEqualTo(WizardSession.Step.AUTHORIZED.path());
		then(this.mastodon).should(never()).revoke(any(), any(), any());
	}

	@Test
	void answerWhenYesThenConfirmedAndOnToTheExtras() throws Exception {
		WizardSession wizard = authorized("profile");
		this.mvc.perform(post("/authorized").session(this.session).param("answer", "yes"))
			.andExpect(redirectedUrl("/ready"));
		assertThat(wizard.currentPath()).isEqualTo(WizardSession.Step.CONFIRMED.path());
		then(this.mastodon).should(never()).revoke(any(), any(), any());
	}

	@Test
	void answerWhenNoThenTheKeyIsRevokedAndForgottenButTheAppKept() throws Exception {
		WizardSession wizard = authorized("profile");
		this.mvc.perform(post("/authorized").session(this.session).param("answer", "no"))
			.andExpect(redirectedUrl("/another-account"));
		then(this.mastodon).should().revoke(any(), eq(Fixtures.app()), eq("token-1"));
		assertThat(wizard.token()).isNull();
		assertThat(wizard.app()).isEqualTo(Fixtures.app());
		assertThat(wizard.currentPath()).isEqualTo(WizardSession.Step.APP_REGISTERED.path());
		this.mvc.perform(get("/another-account").session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You said @bot@example.social is not your bot")))
			.andExpect(content().string(containsString("private window")))
			.andExpect(content().string(containsString("href=\"/authorize\"")));
	}

	@Test
	void anotherAccountWhenNothingWasRefusedThenBackToTheCurrentStep() throws Exception {
		authorized("profile");
		this.mvc.perform(get("/another-account").session(this.session)).andExpect(redirectedUrl("/authorized"));
	}

	private WizardSession authorized(String... scopes) {
		WizardSession wizard = new WizardSession();
		Fixtures.authorized(wizard, scopes);
		this.session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, wizard);
		return wizard;
	}

}
