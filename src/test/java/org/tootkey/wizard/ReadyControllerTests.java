package org.tootkey.wizard;

import org.junit.jupiter.api.Test;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.tootkey.mastodon.Account;
import org.tootkey.mastodon.PostedStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ReadyController.class)
class ReadyControllerTests extends WizardControllerSupport {

	@Test
	void readyWhenTheQuestionIsNotAnsweredYetThenBackToTheQuestion() throws Exception {
		this.session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, Fixtures.authorizedWizard("write:statuses", "profile"));
		this.mvc.perform(get("/ready").session(this.session)).andExpect(redirectedUrl("/authorized"));
		this.mvc.perform(post("/ready/post").session(this.session).param("text", "hi").param("visibility", "public"))
			.andExpect(redirectedUrl("/authorized"));
		this.mvc.perform(post("/ready/bot").session(this.session)).andExpect(redirectedUrl("/authorized"));
		then(this.mastodon).should(never()).post(any(), any(), any(), any());
		then(this.mastodon).should(never()).markAsBot(any(), any());
	}

	@Test
	void readyWhenConfirmedThenOffersThePostAndTheRevealButton() throws Exception {
		confirmed("write:statuses", "profile");
		this.mvc.perform(get("/ready").session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Send the post")))
			.andExpect(content().string(containsString("I understand — show my credentials")))
			.andExpect(content().string(not(containsString("Mark as a bot"))))
			.andExpect(content().string(containsString("you didn’t tick")));
	}

	@Test
	void readyWhenProfileChangesAreAllowedThenOffersTheBotFlag() throws Exception {
		confirmed("write", "read");
		this.mvc.perform(get("/ready").session(this.session))
			.andExpect(content().string(containsString("Mark as a bot")));
	}

	@Test
	void readyWhenTheBotScopeWasAskedButNotGrantedThenSaysTheServerDidNotGiveIt() throws Exception {
		WizardSession wizard = new WizardSession();
		wizard.serverChosen(Fixtures.server(), null);
		wizard.appRegistered(java.util.Set.of("profile", "write:accounts"), Fixtures.app());
		wizard.authorized(Fixtures.token("profile"), Fixtures.account(false));
		wizard.confirmed();
		this.session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, wizard);
		this.mvc.perform(get("/ready").session(this.session))
			.andExpect(content().string(containsString("the server did not give the permission")));
	}

	@Test
	void markAsBotWhenAllowedThenTheFlagIsSetAndShown() throws Exception {
		WizardSession wizard = confirmed("write:accounts", "profile");
		given(this.mastodon.markAsBot(any(), eq("token-1")))
			.willReturn(new Account("1", "bot", "Bot", null, null, true));
		this.mvc.perform(post("/ready/bot").session(this.session)).andExpect(redirectedUrl("/ready"));
		assertThat(wizard.account().bot()).isTrue();
		this.mvc.perform(get("/ready").session(this.session))
			.andExpect(content().string(containsString("data-bot-flag")));
	}

	@Test
	void postWhenScopesDoNotAllowPostingThenNothingIsSent() throws Exception {
		confirmed("read");
		this.mvc.perform(post("/ready/post").session(this.session).param("text", "hi").param("visibility", "public"))
			.andExpect(redirectedUrl("/ready"));
		then(this.mastodon).should(never()).post(any(), any(), any(), any());
	}

	@Test
	void postWhenTextIsEmptyThenErrorAndNothingSent() throws Exception {
		confirmed("write:statuses", "profile");
		this.mvc.perform(post("/ready/post").session(this.session).param("text", " ").param("visibility", "private"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write something to post")));
		then(this.mastodon).should(never()).post(any(), any(), any(), any());
	}

	@Test
	void postWhenValidThenSentOnceAndTheLinkShown() throws Exception {
		confirmed("write:statuses", "profile");
		given(this.mastodon.post(any(), eq("token-1"), eq("howdy universe!"), eq("private")))
			.willReturn(new PostedStatus("9", java.net.URI.create("https://example.social/@bot/9"), "private"));
		this.mvc
			.perform(post("/ready/post").session(this.session)
				.param("text", "howdy universe!")
				.param("visibility", "private"))
			.andExpect(redirectedUrl("/ready"));
		this.mvc.perform(get("/ready").session(this.session))
			.andExpect(content().string(containsString("href=\"https://example.social/@bot/9\" target=\"_blank\"")));
		this.mvc
			.perform(post("/ready/post").session(this.session)
				.param("text", "howdy universe!")
				.param("visibility", "private"))
			.andExpect(redirectedUrl("/ready"));
		then(this.mastodon).should().post(any(), any(), any(), any());
	}

	private WizardSession confirmed(String... scopes) {
		WizardSession wizard = Fixtures.confirmedWizard(scopes);
		this.session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, wizard);
		return wizard;
	}

}
