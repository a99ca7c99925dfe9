package org.tootkey.wizard;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tootkey.mastodon.MastodonClient;
import org.tootkey.mastodon.PostedStatus;
import org.tootkey.oauth.OAuthFlow;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AuthorizedController.class)
@WizardSliceTest
class AuthorizedControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MastodonClient mastodon;

	@MockitoBean
	OAuthFlow oauth;

	private final MockHttpSession session = new MockHttpSession();

	@Test
	void everyActionWhenNotYetAuthorizedThenBackToTheStepReachedWithAMessageAndNothingSent() throws Exception {
		this.session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, new WizardSession());
		for (String path : new String[] { "/authorized/post", "/authorized/bot", "/authorized/not-me" }) {
			this.mvc.perform(post(path).session(this.session).param("text", "hi").param("visibility", "public"))
				.andExpect(redirectedUrl("/server"))
				.andExpect(flash().attribute("notice", "notice.step.authorized"));
		}
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
	void showWhenAuthorizedThenAsksIsThisYourBotWithHandleAndScopes() throws Exception {
		authorized("write:statuses", "profile");
		this.mvc.perform(get("/authorized").session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Is this your bot?")))
			.andExpect(content().string(containsString("@bot@example.social")))
			.andExpect(content().string(containsString("Write and delete posts")))
			.andExpect(content().string(containsString("I understand — show my credentials")))
			.andExpect(content().string(containsString("Send the post")))
			.andExpect(content().string(not(containsString("Mark as a bot"))));
	}

	@Test
	void showWhenAccountHasAnAvatarThenOnlyThatPictureOriginIsAllowed() throws Exception {
		WizardSession wizard = Fixtures.authorizedWizard("profile");
		wizard.accountUpdated(new org.tootkey.mastodon.Account("1", "bot", "Bot",
				java.net.URI.create("https://files.example.social/avatars/1.png"), null, true));
		this.session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, wizard);
		this.mvc.perform(get("/authorized").session(this.session))
			.andExpect(header().string("Content-Security-Policy",
					containsString("img-src 'self' https://files.example.social;")))
			.andExpect(header().string("Content-Security-Policy",
					containsString("form-action 'self' https://example.social")));
	}

	@Test
	void showWhenScopesAllowProfileChangesThenOffersTheBotFlag() throws Exception {
		authorized("write", "read");
		this.mvc.perform(get("/authorized").session(this.session))
			.andExpect(content().string(containsString("Mark as a bot")));
	}

	@Test
	void postWhenScopesDoNotAllowPostingThenNothingIsSent() throws Exception {
		authorized("read");
		this.mvc.perform(post("/authorized/post").session(this.session).param("text", "hi").param("visibility", "public"))
			.andExpect(redirectedUrl("/authorized"));
		then(this.mastodon).should(never()).post(any(), any(), any(), any());
	}

	@Test
	void postWhenTextIsEmptyThenErrorAndNothingSent() throws Exception {
		authorized("write:statuses", "profile");
		this.mvc.perform(post("/authorized/post").session(this.session).param("text", " ").param("visibility", "private"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write something to post")));
		then(this.mastodon).should(never()).post(any(), any(), any(), any());
	}

	@Test
	void postWhenValidThenSendsWithChosenVisibility() throws Exception {
		authorized("write:statuses", "profile");
		given(this.mastodon.post(any(), eq("token-1"), eq("howdy universe!"), eq("private")))
			.willReturn(new PostedStatus("9", null, "private"));
		this.mvc.perform(post("/authorized/post").session(this.session)
			.param("text", "howdy universe!")
			.param("visibility", "private")).andExpect(redirectedUrl("/authorized"));
	}

	private void authorized(String... scopes) {
		WizardSession wizard = new WizardSession();
		Fixtures.authorized(wizard, scopes);
		this.session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, wizard);
	}

}
