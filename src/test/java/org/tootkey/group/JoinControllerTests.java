package org.tootkey.group;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tootkey.oauth.OAuthFlow;
import org.tootkey.server.ServerProfile;
import org.tootkey.wizard.Fixtures;
import org.tootkey.wizard.WizardSession;
import org.tootkey.wizard.WizardSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A participant's way in, as a slice: a tampered, expired or foreign link is a plain page
 * and nothing is called (no server check, no sign-in begun); a good one shows the server
 * and the fixed permissions, and "Continue" checks the server once and goes to the
 * authorize step.
 */
@WebMvcTest(JoinController.class)
@WizardSliceTest
@Import({ LinkSealer.class, JoinControllerTests.LinkSetup.class })
@TestPropertySource(properties = "tootkey.link.key=" + JoinControllerTests.KEY)
class JoinControllerTests {

	static final String KEY = "m77kc4Ea8rSVUjlrOsILyxkKHB77BH/TWmIB1wduzNc=";

	private static final String OTHER_KEY = "q0bLn2c8yQ3vX5dR7tK9wE1uI4oP6aS8dF0gH2jK4lM=";

	private static final String TOOTKEY = "http://localhost";

	private static final String SERVER = "https://example.social";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ServerCheck check;

	@MockitoBean
	OAuthFlow oauth;

	private final MockHttpSession session = new MockHttpSession();

	@Test
	void showWhenTheLinkIsGoodThenTheServerAndTheOrganizersChoicesAndNoCall() throws Exception {
		givenOurCallback();
		this.mvc.perform(get(link(KEY, Duration.ofDays(1))))
			.andExpect(status().isOk())
			.andExpect(view().name(JoinController.VIEW))
			.andExpect(content().string(containsString("Get the keys for your bot on example.social")))
			.andExpect(content().string(containsString("The app is called “Class bot”")))
			.andExpect(content().string(containsString("write:statuses")));
		then(this.check).shouldHaveNoInteractions();
	}

	@Test
	void joinWhenTheLinkIsGoodThenChecksTheServerOnceAndGoesToAuthorize() throws Exception {
		givenOurCallback();
		given(this.check.problem(any(ServerProfile.class))).willReturn(Optional.empty());
		org.springframework.test.web.servlet.MvcResult joined = this.mvc
			.perform(post("/join").param("link", sealed(KEY, Duration.ofDays(1))).session(this.session))
			.andExpect(redirectedUrl("/authorize"))
			.andReturn();
		then(this.check).should().problem(any(ServerProfile.class));
		then(this.oauth).should().begin(any(), any());
		WizardSession wizard = (WizardSession) joined.getRequest()
			.getSession(false)
			.getAttribute(Fixtures.WIZARD_ATTRIBUTE);
		assertThat(wizard).isNotNull();
		assertThat(wizard.app().clientId()).isEqualTo("not-registered-anywhere");
	}

	@Test
	void joinWhenTheServerChangedSinceTheLinkWasMadeThenPlainPageAndNoSignIn() throws Exception {
		givenOurCallback();
		given(this.check.problem(any(ServerProfile.class)))
			.willReturn(Optional.of(new DefaultMessageSourceResolvable(new String[] { "join.error.server-changed" },
					new Object[] { "example.social" }, null)));
		this.mvc.perform(post("/join").param("link", sealed(KEY, Duration.ofDays(1))))
			.andExpect(status().isBadGateway())
			.andExpect(view().name(JoinController.REFUSED_VIEW));
		then(this.oauth).should(never()).begin(any(), any());
	}

	@Test
	void showWhenTheLinkWasTamperedWithThen404PlainPageAndNoCall() throws Exception {
		givenOurCallback();
		String good = sealed(KEY, Duration.ofDays(1));
		char last = good.charAt(good.length() - 1);
		String tampered = good.substring(0, good.length() - 1) + ((last == 'A') ? 'B' : 'A');
		refusedWithoutACall(get(JoinController.PATH + tampered), 404, "It is incomplete or has been changed");
		refusedWithoutACall(post("/join").param("link", tampered), 404, "It is incomplete or has been changed");
	}

	@Test
	void showWhenTheLinkRanOutThen410PlainPageAndNoCall() throws Exception {
		givenOurCallback();
		String expired = TestClassLinks.joinPath(KEY, SERVER, TOOTKEY, Instant.now().minus(Duration.ofDays(3)),
				Instant.now().minus(Duration.ofDays(2)));
		refusedWithoutACall(get(expired), 410, "It has run out.");
		refusedWithoutACall(post("/join").param("link", expired.substring(JoinController.PATH.length())), 410,
				"It has run out.");
	}

	@Test
	void showWhenTheLinkWasSealedByAnotherTootkeyThen404PlainPageAndNoCall() throws Exception {
		givenOurCallback();
		refusedWithoutACall(get(link(OTHER_KEY, Duration.ofDays(1))), 404, "made by another Tootkey");
		refusedWithoutACall(post("/join").param("link", sealed(OTHER_KEY, Duration.ofDays(1))), 404,
				"made by another Tootkey");
	}

	@Test
	void showWhenTheLinkIsEmptyOrGarbageThen404PlainPage() throws Exception {
		givenOurCallback();
		refusedWithoutACall(get(JoinController.PATH + "not-a-link"), 404, "This class link does not work");
		refusedWithoutACall(post("/join"), 404, "This class link does not work");
	}

	private void refusedWithoutACall(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			int status, String says) throws Exception {
		this.mvc.perform(request)
			.andExpect(status().is(status))
			.andExpect(view().name(JoinController.REFUSED_VIEW))
			.andExpect(content().string(containsString(says)))
			.andExpect(content().string(not(containsString("no-secret"))));
		then(this.check).shouldHaveNoInteractions();
		then(this.oauth).should(never()).begin(any(), any());
	}

	private void givenOurCallback() {
		given(this.oauth.callbackUri(any())).willReturn(TOOTKEY + OAuthFlow.CALLBACK_PATH);
	}

	private static String link(String key, Duration left) {
		return TestClassLinks.joinPath(key, SERVER, TOOTKEY, Instant.now(), Instant.now().plus(left));
	}

	private static String sealed(String key, Duration left) {
		return link(key, left).substring(JoinController.PATH.length());
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(LinkProperties.class)
	static class LinkSetup {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
