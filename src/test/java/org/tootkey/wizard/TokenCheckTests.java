package org.tootkey.wizard;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.tootkey.mastodon.Account;
import org.tootkey.mastodon.MastodonApiException;
import org.tootkey.mastodon.MastodonClient;
import org.tootkey.wizard.AccountCheck.Refusal;
import org.tootkey.wizard.WizardSession.Step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * The key checked where it arrives, inside the server's return: the answer is the next
 * page, reached without a second request.
 */
class TokenCheckTests {

	private final MastodonClient mastodon = mock(MastodonClient.class);

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/callback");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void arrivedWhenTheKeyReadsTheAccountThenRecordedAndNextIsIsThisYourBot() {
		WizardSession wizard = registered(null);
		given(this.mastodon.verifyCredentials(any(), eq("token-1"))).willReturn(Fixtures.account(true));
		String next = check(wizard).arrived(Fixtures.token("profile"), this.request, this.response);
		assertThat(next).isEqualTo("/authorized");
		assertThat(wizard.reached(Step.AUTHORIZED)).isTrue();
		assertThat(wizard.token().value()).isEqualTo("token-1");
		assertThat(next).doesNotContain("token-1");
	}

	@Test
	void arrivedWhenVerificationFailsThenVerifyFailedWithTheReasonForThatPage() {
		WizardSession wizard = registered(null);
		MastodonApiException failure = new MastodonApiException("api.error.token-rejected");
		given(this.mastodon.verifyCredentials(any(), any())).willThrow(failure);
		String next = check(wizard).arrived(Fixtures.token("profile"), this.request, this.response);
		assertThat(next).isEqualTo("/problem/verify-failed");
		assertThat(wizard.reached(Step.AUTHORIZED)).isFalse();
		MockHttpServletRequest problemPage = new MockHttpServletRequest("GET", "/problem/verify-failed");
		problemPage.setSession(this.request.getSession());
		FlashMap flash = this.flashMaps.retrieveAndUpdate(problemPage, new MockHttpServletResponse());
		assertThat((flash != null) ? flash.get("detail") : null).as("the problem page's detail").isSameAs(failure);
	}

	@Test
	void arrivedWhenTheKeyIsForAnotherAccountThanTheNamedOneThenGivenBack() {
		WizardSession wizard = registered("weatherbot");
		given(this.mastodon.verifyCredentials(any(), any())).willReturn(Fixtures.account(true));
		String next = check(wizard).arrived(Fixtures.token("profile"), this.request, this.response);
		assertThat(next).isEqualTo(AnotherAccountController.PATH);
		then(this.mastodon).should().revoke(any(), any(), eq("token-1"));
		assertThat(wizard.accountCheck().refusal()).isEqualTo(Refusal.NOT_THE_NAMED_ACCOUNT);
		assertThat(wizard.reached(Step.AUTHORIZED)).isFalse();
	}

	@Test
	void arrivedWhenTheKeyIsForTheNamedAccountThenNothingIsRevoked() {
		WizardSession wizard = registered("bot");
		given(this.mastodon.verifyCredentials(any(), any())).willReturn(Fixtures.account(true));
		assertThat(check(wizard).arrived(Fixtures.token("profile"), this.request, this.response))
			.isEqualTo("/authorized");
		then(this.mastodon).should(never()).revoke(any(), any(), any());
	}

	private TokenCheck check(WizardSession wizard) {
		return new TokenCheck(wizard, this.mastodon, this.flashMaps);
	}

	private static WizardSession registered(String expectedAccount) {
		WizardSession wizard = new WizardSession();
		wizard.serverChosen(Fixtures.server(), expectedAccount);
		wizard.appRegistered(Set.of("profile"), Fixtures.app());
		return wizard;
	}

}
