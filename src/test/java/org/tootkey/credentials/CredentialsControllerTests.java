package org.tootkey.credentials;

import org.junit.jupiter.api.Test;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.tootkey.wizard.Fixtures;
import org.tootkey.wizard.WizardControllerSupport;
import org.tootkey.wizard.WizardSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CredentialsController.class)
class CredentialsControllerTests extends WizardControllerSupport {

	@Test
	void revealWhenConfirmedThenPostEndsTheSessionAndRedirectsAndTheGetShowsEveryValueOnce() throws Exception {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, Fixtures.confirmedWizard("write:statuses", "profile"));
		MvcResult posted = this.mvc.perform(post("/credentials").session(session))
			.andExpect(redirectedUrl("/credentials"))
			.andExpect(content().string(not(containsString("token-1"))))
			.andReturn();
		assertThat(session.isInvalid()).isTrue();
		MockHttpSession fresh = (MockHttpSession) posted.getRequest().getSession(false);
		assertThat(fresh).isNotNull().isNotSameAs(session);
		assertThat(fresh.getAttribute(Fixtures.WIZARD_ATTRIBUTE)).isNull();

		this.mvc.perform(get("/credentials").session(fresh))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("data-credential=\"client_id\" value=\"client-id-1\"")))
			.andExpect(content().string(containsString("data-credential=\"client_secret\" value=\"client-secret-1\"")))
			.andExpect(content().string(containsString("data-credential=\"access_token\" value=\"token-1\"")))
			.andExpect(content()
				.string(containsString("data-credential=\"api_base_url\" value=\"https://example.social\"")))
			.andExpect(content().string(containsString("data-snippet=\"mastodon-py\"")))
			.andExpect(content().string(containsString("data-download-env=\"bot-at-example.social.env\"")))
			.andExpect(content().string(containsString("https://example.social/oauth/authorized_applications")));

		this.mvc.perform(get("/credentials").session(fresh))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("These credentials were already shown")))
			.andExpect(content().string(not(containsString("token-1"))));
		this.mvc.perform(post("/credentials").session(fresh)).andExpect(redirectedUrl("/credentials"));
	}

	@Test
	void revealWhenTheQuestionIsNotAnsweredYetThenBackToTheQuestion() throws Exception {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, Fixtures.authorizedWizard("profile"));
		this.mvc.perform(post("/credentials").session(session)).andExpect(redirectedUrl("/authorized"));
		assertThat(session.isInvalid()).isFalse();
	}

	@Test
	void revealWhenNotYetAuthorizedThenRedirectsToTheCurrentStep() throws Exception {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, new WizardSession());
		this.mvc.perform(post("/credentials").session(session)).andExpect(redirectedUrl("/server"));
	}

	@Test
	void revealWhenNoSessionThenToTheGetPage() throws Exception {
		this.mvc.perform(post("/credentials")).andExpect(redirectedUrl("/credentials"));
	}

	@Test
	void credentialsWhenOpenedBeforeAnyRevealThenNothingToShowYet() throws Exception {
		this.mvc.perform(get("/credentials"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing to show yet")))
			.andExpect(content().string(not(containsString("already shown"))));
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, Fixtures.authorizedWizard("profile"));
		this.mvc.perform(get("/credentials").session(session))
			.andExpect(content().string(containsString("Nothing to show yet")))
			.andExpect(content().string(containsString("href=\"/authorized\"")));
	}

	@Test
	void revealWhenTheWizardRanOutBeforeShowThenSessionEndedPageNotAlreadyShown() throws Exception {
		this.mvc.perform(post("/credentials").with((request) -> {
			request.setRequestedSessionId("ran-out");
			request.setRequestedSessionIdValid(false);
			return request;
		})).andExpect(redirectedUrl("/problem/session-expired"));
	}

}
