package org.tootkey.keycheck;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MvcResult;
import org.tootkey.outbound.OutboundProblem;
import org.tootkey.keycheck.KeyReport.Verdict;
import org.tootkey.mastodon.Account;
import org.tootkey.mastodon.KeyApp;
import org.tootkey.mastodon.MastodonApiException;
import org.tootkey.mastodon.TokenInfo;
import org.tootkey.server.ServerAddress;
import org.tootkey.server.ServerProfile;
import org.tootkey.wizard.Fixtures;
import org.tootkey.wizard.WizardControllerSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest({ KeyCheckController.class, KeyRevokeController.class })
@Import({ KeySeal.class, KeyCheckControllerTests.Clocks.class })
class KeyCheckControllerTests extends WizardControllerSupport {

	static final String TOKEN = "tok3n-AAAAbbbbCCCCddddEEEEffffGGGGhhhhIIII";

	@MockitoBean
	KeyChecker checker;

	@Test
	void showWhenOpenedThenAsksForTheServerAndTheKeyInAPasswordFieldWithoutAutocomplete() throws Exception {
		this.mvc.perform(get("/check"))
			.andExpect(status().isOk())
			.andExpect(view().name(KeyCheckController.VIEW))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().string(containsString("Check a key you already have")))
			.andExpect(content().string(containsString("name=\"server\"")))
			.andExpect(content().string(containsString(
					"type=\"password\" id=\"token\" name=\"token\" value=\"\"\n             autocomplete=\"off\"")))
			.andExpect(content().string(containsString("Client ID (optional)")));
	}

	@Test
	void checkWhenTokenHasCharactersOutsideTheSafeSetThenErrorSummaryAndNoCall() throws Exception {
		this.mvc.perform(post("/check").param("server", "example.social").param("token", "abc<script>def"))
			.andExpect(status().isOk())
			.andExpect(view().name(KeyCheckController.VIEW))
			.andExpect(content().string(containsString("<title>Error: Check a key")))
			.andExpect(content().string(containsString("href=\"#token\"")))
			.andExpect(content().string(containsString("An access token has only letters, digits")))
			.andExpect(content().string(containsString("value=\"example.social\"")))
			.andExpect(content().string(not(containsString("abc&lt;script"))));
		then(this.checker).should(never()).check(any(ServerAddress.class), anyString());
	}

	@Test
	void checkWhenFieldsAreEmptyThenAsksForBothInThePagesOrderAndMakesNoCall() throws Exception {
		this.mvc.perform(post("/check").param("server", " ").param("token", "").param("clientSecret", "s"))
			.andExpect(status().isOk())
			// The summary lists the errors in the order of the fields on the page.
			.andExpect(content()
				.string(stringContainsInOrder("href=\"#server\"", "href=\"#token\"", "href=\"#clientId\"")))
			.andExpect(content().string(containsString("Enter the access token")));
		then(this.checker).should(never()).check(any(ServerAddress.class), anyString());
	}

	@Test
	void checkWhenTokenIsTooLongThenSaysSoAndMakesNoCall() throws Exception {
		this.mvc.perform(post("/check").param("server", "example.social").param("token", "a".repeat(2049)))
			.andExpect(content().string(containsString("That is too long for an access token")));
		then(this.checker).should(never()).check(any(ServerAddress.class), anyString());
	}

	@Test
	void checkWhenAddressIsNotAllowedThenSaysWhyAndMakesNoCall() throws Exception {
		this.mvc.perform(post("/check").param("server", "https://192.168.1.10/").param("token", TOKEN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the server’s name, not its number")))
			.andExpect(content().string(not(containsString(TOKEN))));
		then(this.checker).should(never()).check(any(ServerAddress.class), anyString());
	}

	@Test
	void checkWhenOnlyTheClientIdIsGivenThenAsksForBothAndMakesNoCall() throws Exception {
		this.mvc
			.perform(post("/check").param("server", "example.social")
				.param("token", TOKEN)
				.param("clientId", "abc")
				.param("clientSecret", ""))
			.andExpect(content().string(containsString("href=\"#clientSecret\"")))
			.andExpect(content().string(containsString("Enter both the client ID and the client secret")));
		then(this.checker).should(never()).check(any(ServerAddress.class), anyString());
	}

	@Test
	void checkWhenKeyWorksThenAnswerNamesAccountAppAndPermissionsInPlainWordsWithoutTheKey() throws Exception {
		given(this.checker.check(any(ServerAddress.class), eq(TOKEN))).willReturn(working());
		this.mvc.perform(post("/check").param("server", "example.social").param("token", "  Bearer " + TOKEN + " "))
			.andExpect(status().isOk())
			.andExpect(view().name(AnswerPage.VIEW))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().string("Content-Security-Policy",
					containsString("img-src 'self' https://files.example.social")))
			.andExpect(content().string(containsString("This key works")))
			.andExpect(content().string(containsString("@bot@example.social")))
			.andExpect(content().string(containsString("Howdy Bot")))
			.andExpect(content().string(containsString("Made for the app “Weather bot”.")))
			.andExpect(content().string(containsString("href=\"https://weather.example/\"")))
			.andExpect(content().string(containsString("Write and delete posts")))
			.andExpect(content().string(containsString("What it cannot do")))
			.andExpect(content().string(containsString("Upload pictures, video and sound")))
			.andExpect(content().string(containsString("The server says this key never expires.")))
			.andExpect(content().string(not(containsString(TOKEN))));
	}

	@Test
	void checkWhenKeyWorksWithoutClientThenSaysWhereToRevokeItByHand() throws Exception {
		given(this.checker.check(any(ServerAddress.class), eq(TOKEN))).willReturn(working());
		this.mvc.perform(post("/check").param("server", "example.social").param("token", TOKEN))
			.andExpect(
					content().string(containsString("href=\"https://example.social/oauth/authorized_applications\"")))
			.andExpect(content().string(containsString("press “Revoke” next to “Weather bot”")))
			.andExpect(content().string(not(containsString("/check/revoke"))));
	}

	@Test
	void checkWhenKeyWorksWithClientThenRevokeButtonCarriesOnlyASealThatOpensInThisSessionOnly() throws Exception {
		given(this.checker.check(any(ServerAddress.class), eq(TOKEN))).willReturn(working());
		MockHttpSession session = new MockHttpSession();
		MvcResult answer = this.mvc
			.perform(post("/check").session(session)
				.param("server", "example.social")
				.param("token", TOKEN)
				.param("clientId", "client-id-1")
				.param("clientSecret", "client-secret-1"))
			.andExpect(content().string(containsString("action=\"/check/revoke\"")))
			.andReturn();
		String body = answer.getResponse().getContentAsString();
		assertThat(body).doesNotContain(TOKEN).doesNotContain("client-secret-1");
		String sealed = body.replaceFirst("(?s).*name=\"key\" value=\"([^\"]+)\".*", "$1");
		assertThat(sealed).hasSizeGreaterThan(40);

		this.mvc.perform(post("/check/revoke").session(new MockHttpSession()).param("key", sealed))
			.andExpect(view().name(KeyCheckController.VIEW))
			.andExpect(content().string(containsString("Those 5 minutes have passed")));
		this.mvc.perform(post("/check/revoke").session(session).param("key", tampered(sealed)))
			.andExpect(content().string(containsString("Those 5 minutes have passed")));
		then(this.checker).should(never()).revoke(any(), anyString(), anyString(), anyString());

		given(this.checker.revoke(any(), eq(TOKEN), eq("client-id-1"), eq("client-secret-1"))).willReturn(
				new KeyChecker.Revoked(new KeyReport(Fixtures.server(), Verdict.REVOKED, null, null, null), null));
		this.mvc.perform(post("/check/revoke").session(session).param("key", sealed))
			.andExpect(view().name(AnswerPage.VIEW))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().string(containsString("Revoked. We checked again")))
			.andExpect(content().string(containsString("This key was revoked")));
	}

	@Test
	void checkWhenServerCannotBeAskedThenFormWithTheReasonAndTheKeyNotEchoed() throws Exception {
		given(this.checker.check(any(ServerAddress.class), eq(TOKEN)))
			.willThrow(new MastodonApiException("outbound.timeout"));
		this.mvc.perform(post("/check").param("server", "example.social").param("token", TOKEN))
			.andExpect(view().name(KeyCheckController.VIEW))
			.andExpect(content().string(containsString("The server took too long to answer.")))
			.andExpect(content().string(not(containsString(TOKEN))));
	}

	@Test
	void checkWhenTootkeyIsAtItsCallCapThen429WithRetryAfter() throws Exception {
		given(this.checker.check(any(ServerAddress.class), eq(TOKEN)))
			.willThrow(new MastodonApiException(OutboundProblem.BUSY));
		this.mvc.perform(post("/check").param("server", "example.social").param("token", TOKEN))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "10"))
			.andExpect(content().string(containsString("Tootkey is very busy right now")));
	}

	@Test
	void checkWhenKeyIsRevokedThenSaysSoAndOffersANewKey() throws Exception {
		given(this.checker.check(any(ServerAddress.class), eq(TOKEN)))
			.willReturn(new KeyReport(Fixtures.server(), Verdict.REVOKED, null, null, null));
		this.mvc.perform(post("/check").param("server", "example.social").param("token", TOKEN))
			.andExpect(content().string(containsString("data-verdict=\"revoked\"")))
			.andExpect(content().string(containsString("This key was revoked")))
			.andExpect(content().string(containsString("Get a new key")))
			.andExpect(content().string(not(containsString("Revoke this key"))));
	}

	/** The same seal with one character in the middle changed. */
	static String tampered(String sealed) {
		int middle = sealed.length() / 2;
		char other = (sealed.charAt(middle) == 'A') ? 'B' : 'A';
		return sealed.substring(0, middle) + other + sealed.substring(middle + 1);
	}

	static KeyReport working() {
		ServerProfile server = Fixtures.server();
		Account account = new Account("1", "bot", "Howdy Bot", URI.create("https://files.example.social/avatar.png"),
				null, true);
		KeyApp app = new KeyApp("Weather bot", URI.create("https://weather.example/"), Set.of());
		TokenInfo info = new TokenInfo(Set.of("profile", "write:statuses"), true, true, null,
				Instant.parse("2026-03-01T10:00:00Z"), "client-id-1");
		return new KeyReport(server, Verdict.WORKS, account, app, info);
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
