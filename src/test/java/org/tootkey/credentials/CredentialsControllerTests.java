package org.tootkey.credentials;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tootkey.oauth.OAuthFlow;
import org.tootkey.wizard.Fixtures;
import org.tootkey.wizard.WizardSession;
import org.tootkey.wizard.WizardSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CredentialsController.class)
@WizardSliceTest
class CredentialsControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	OAuthFlow oauth;

	@Test
	void revealWhenAuthorizedThenShowsEveryValueOnceAndEndsTheSession() throws Exception {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, Fixtures.authorizedWizard("write:statuses", "profile"));
		this.mvc.perform(post("/credentials").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-credential=\"client_id\" value=\"client-id-1\"")))
			.andExpect(content().string(containsString("data-credential=\"client_secret\" value=\"client-secret-1\"")))
			.andExpect(content().string(containsString("data-credential=\"access_token\" value=\"token-1\"")))
			.andExpect(content().string(containsString("data-credential=\"api_base_url\" value=\"https://example.social\"")))
			.andExpect(content().string(containsString("data-snippet=\"mastodon-py\"")))
			.andExpect(content().string(containsString("https://example.social/oauth/authorized_applications")));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void revealWhenNotYetAuthorizedThenRedirectsToTheCurrentStep() throws Exception {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, new WizardSession());
		this.mvc.perform(post("/credentials").session(session)).andExpect(redirectedUrl("/server"));
	}

	@Test
	void revealWhenNoSessionThenAlreadyShownPage() throws Exception {
		this.mvc.perform(post("/credentials"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("These credentials were already shown")))
			.andExpect(content().string(not(containsString("data-credential"))));
	}

	@Test
	void goneWhenOpenedDirectlyThenSaysNothingWasKept() throws Exception {
		this.mvc.perform(get("/credentials"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing was kept")));
	}

}
