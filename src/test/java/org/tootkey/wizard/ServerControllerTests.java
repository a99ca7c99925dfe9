package org.tootkey.wizard;

import org.junit.jupiter.api.Test;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.tootkey.outbound.OutboundProblem;
import org.tootkey.server.DiscoveryException;
import org.tootkey.server.ServerAddress;
import org.tootkey.server.ServerDiscovery;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ServerController.class)
class ServerControllerTests extends WizardControllerSupport {

	@MockitoBean
	ServerDiscovery discovery;

	@Test
	void showWhenOpenedThenAsksTheQuestionWithStepOneOfFive() throws Exception {
		this.mvc.perform(get("/server"))
			.andExpect(status().isOk())
			.andExpect(view().name(ServerController.VIEW))
			.andExpect(content().string(containsString("Which server is your bot’s account on?")))
			.andExpect(content().string(containsString("Step 1 of 5")))
			.andExpect(content().string(containsString("name=\"server\"")));
	}

	@Test
	void chooseWhenServerIsFoundThenRedirectsToPermissions() throws Exception {
		given(this.discovery.discover(any(ServerAddress.class))).willReturn(Fixtures.server());
		this.mvc.perform(post("/server").param("server", "https://Example.Social/"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/permissions"));
		then(this.discovery).should().discover(ServerAddress.parse("example.social", false));
	}

	@Test
	void chooseWhenAddressIsMalformedThenSamePageWithErrorAndTypedValueAndNoLookup() throws Exception {
		this.mvc.perform(post("/server").param("server", "exa mple.social"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Which server")))
			.andExpect(content().string(containsString("href=\"#server\"")))
			.andExpect(content().string(containsString("A server name has no spaces")))
			.andExpect(content().string(containsString("value=\"exa mple.social\"")));
		then(this.discovery).should(never()).discover(any());
	}

	@Test
	void chooseWhenServerHasNoMastodonApiThenNamesTheSoftware() throws Exception {
		given(this.discovery.discover(any(ServerAddress.class)))
			.willThrow(new DiscoveryException("server.error.no-mastodon-api", "lemmy.ml", "Lemmy"));
		this.mvc.perform(post("/server").param("server", "lemmy.ml"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lemmy.ml runs Lemmy, which has no Mastodon API for bots")));
	}

	@Test
	void chooseWhenAServerAnswersInPlainHttpOutsideLocalModeThenSaysTootkeyNeedsHttpsAndSuggestsNoHttp()
			throws Exception {
		given(this.discovery.discover(any(ServerAddress.class)))
			.willThrow(new DiscoveryException("server.error.plain-http", "example.social"));
		this.mvc.perform(post("/server").param("server", "example.social"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"example.social answered, but not over a secure connection (https). Tootkey talks to servers only over https.")))
			.andExpect(content().string(not(containsString("data-plain-http"))))
			.andExpect(content().string(not(containsString("http://example.social"))));
	}

	@Test
	void chooseWhenTootkeyIsAtItsCallCapThen429WithRetryAfterAndThePage() throws Exception {
		given(this.discovery.discover(any(ServerAddress.class)))
			.willThrow(DiscoveryException.noAnswer(OutboundProblem.BUSY, "example.social"));
		this.mvc.perform(post("/server").param("server", "example.social"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "10"))
			.andExpect(content().string(containsString("Tootkey is very busy right now")));
	}

	@Test
	void chooseWhenEmptyThenAsksForAName() throws Exception {
		this.mvc.perform(post("/server").param("server", "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the name of your bot’s server")));
	}

}
