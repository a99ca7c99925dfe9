package org.tootkey.wizard;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

import static org.hamcrest.Matchers.arrayContaining;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({ AuthorizeController.class, CallbackController.class })
class AuthorizeControllerTests extends WizardControllerSupport {

	@Test
	void showWhenAppRegisteredThenWarnsToLogInAsTheBotAndAllowsOnlyTheServerAsFormTarget() throws Exception {
		WizardSession wizard = registered();
		wizard.serverChosen(Fixtures.server(), "weatherbot");
		wizard.appRegistered(Set.of("profile"), Fixtures.app());
		given(this.oauth.authorizationPath()).willReturn(Optional.of("/oauth2/authorization/abc"));
		this.mvc.perform(get("/authorize").session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Log in as your bot, not as yourself")))
			.andExpect(content().string(containsString("Log in as @weatherbot@example.social.")))
			.andExpect(content().string(containsString("action=\"/oauth2/authorization/abc\"")))
			.andExpect(header().string("Content-Security-Policy",
					containsString("form-action 'self' https://example.social")));
	}

	@ParameterizedTest(name = "[{index}] error={0} leads to {1}")
	@CsvSource({ "access_denied, denied", "invalid_grant, link-expired", "invalid_client, app-gone",
			"invalid_scope, scope-refused", "invalid_token_response, token-failed", "server_error, server-trouble",
			"tootkey_timeout, server-trouble", "tootkey_issuer_mismatch, issuer-mismatch",
			"something_else, token-failed" })
	void callbackWhenErrorThenItsOwnPageAtAnAddressWithoutParameters(String error, String problem) throws Exception {
		this.mvc.perform(get("/callback").param("error", error).param("error_description", "<b>raw</b>"))
			.andExpect(redirectedUrl("/problem/" + problem));
	}

	@Test
	void callbackWhenOutboundProblemThenDetailExplainsIt() throws Exception {
		this.mvc.perform(get("/callback").session(this.session).param("error", "tootkey_address_not_allowed"))
			.andExpect(
					flash().attribute("detail", hasProperty("codes", arrayContaining("outbound.address-not-allowed"))));
	}

	@Test
	void callbackWhenServerAskedToSlowDownThenSaysSo() throws Exception {
		this.mvc.perform(get("/callback").session(this.session).param("error", "tootkey_rate_limited"))
			.andExpect(redirectedUrl("/problem/server-trouble"))
			.andExpect(flash().attribute("detail",
					hasProperty("codes", arrayContaining("api.error.rate-limited-unknown"))));
	}

	@Test
	void callbackWhenCodeMatchesNothingThenLinkExpired() throws Exception {
		this.mvc.perform(get("/callback").param("code", "abc").param("state", "xyz"))
			.andExpect(redirectedUrl("/problem/link-expired"));
		then(this.mastodon).should(never()).verifyCredentials(any(), any());
	}

	@Test
	void callbackWhenTheSessionEndedAfterTheServerSaidYesThenSaysWhatWasLeftOnTheServer() throws Exception {
		this.mvc.perform(get("/callback").param("code", "abc").param("state", "xyz").with((request) -> {
			request.setRequestedSessionId("ended");
			request.setRequestedSessionIdValid(false);
			return request;
		})).andExpect(redirectedUrl("/problem/session-ended-after-yes"));
		then(this.mastodon).should(never()).verifyCredentials(any(), any());
	}

	@Test
	void callbackWhenVisitedBareAfterTheKeyWasCheckedThenBackToIsThisYourBot() throws Exception {
		WizardSession wizard = registered();
		Fixtures.authorized(wizard, "profile");
		this.mvc.perform(get("/callback").session(this.session)).andExpect(redirectedUrl("/authorized"));
		then(this.oauth).should(never()).takeToken(any(), any());
		then(this.mastodon).should(never()).verifyCredentials(any(), any());
	}

	@Test
	void callbackWhenVisitedBareBeforeAnyKeyThenLinkExpired() throws Exception {
		registered();
		this.mvc.perform(get("/callback").session(this.session)).andExpect(redirectedUrl("/problem/link-expired"));
		then(this.mastodon).should(never()).verifyCredentials(any(), any());
	}

	private WizardSession registered() {
		WizardSession wizard = new WizardSession();
		wizard.serverChosen(Fixtures.server(), null);
		wizard.appRegistered(Set.of("profile"), Fixtures.app());
		this.session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, wizard);
		return wizard;
	}

}
