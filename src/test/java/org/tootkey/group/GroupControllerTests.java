package org.tootkey.group;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tootkey.oauth.OAuthFlow;
import org.tootkey.wizard.Fixtures;
import org.tootkey.wizard.WizardSession;
import org.tootkey.wizard.WizardSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The organizer's road, as a slice: the class link page and the handout only for a group
 * wizard whose app is registered (otherwise back to where they are), a new end only from
 * the offered days, and the link itself opens with this Tootkey's key.
 */
@WebMvcTest(GroupController.class)
@WizardSliceTest
@Import({ GroupLinks.class, GroupSession.class, LinkSealer.class, GroupControllerTests.LinkSetup.class })
class GroupControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LinkSealer sealer;

	@MockitoBean
	OAuthFlow oauth;

	private final MockHttpSession session = new MockHttpSession();

	@Test
	void introWhenOpenedThenSaysWhatAClassLinkIs() throws Exception {
		this.mvc.perform(get("/group"))
			.andExpect(status().isOk())
			.andExpect(view().name(GroupController.INTRO_VIEW))
			.andExpect(content().string(containsString("With a class link you set things up once")));
	}

	@Test
	void startWhenPressedThenAGroupWizardBeginsAtTheServerStep() throws Exception {
		this.session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, Fixtures.registeredWizard(false, true));
		MvcResult started = this.mvc.perform(post("/group/start").session(this.session))
			.andExpect(redirectedUrl("/server"))
			.andReturn();
		// whatever wizard this browser had is gone; a new one is for a group
		assertThat(this.session.isInvalid()).isTrue();
		WizardSession wizard = (WizardSession) started.getRequest()
			.getSession(false)
			.getAttribute(Fixtures.WIZARD_ATTRIBUTE);
		assertThat(wizard).isNotNull();
		assertThat(wizard.forGroup()).isTrue();
		assertThat(wizard.server()).isNull();
	}

	@Test
	void linkWhenTheWizardIsNotForAGroupThenBackToTheGroupIntroAndNoLink() throws Exception {
		this.session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, Fixtures.registeredWizard(false, true));
		this.mvc.perform(get(GroupController.LINK_PATH).session(this.session)).andExpect(redirectedUrl("/group"));
		this.mvc.perform(get("/group/handout").session(this.session)).andExpect(redirectedUrl("/group"));
		this.mvc.perform(post(GroupController.LINK_PATH).param("days", "3").session(this.session))
			.andExpect(redirectedUrl("/group"));
	}

	@Test
	void linkWhenTheGroupHasNoAppYetThenBackToItsCurrentStepWithANotice() throws Exception {
		this.session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, Fixtures.registeredWizard(true, false));
		this.mvc.perform(get(GroupController.LINK_PATH).session(this.session))
			.andExpect(redirectedUrl("/permissions"))
			.andExpect(flash().attribute("notice", "notice.step.app-registered"));
	}

	@Test
	void linkWhenTheGroupsAppIsRegisteredThenTheLinkItsQrCodeAndItsEndAndTheLinkOpens() throws Exception {
		this.session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, groupWithApp());
		MvcResult page = this.mvc.perform(get(GroupController.LINK_PATH).session(this.session))
			.andExpect(status().isOk())
			.andExpect(view().name(GroupController.LINK_VIEW))
			.andExpect(content().string(containsString("Your class link is ready")))
			.andExpect(content().string(containsString("<svg")))
			.andReturn();
		String link = (String) page.getModelAndView().getModel().get("link");
		assertThat(link).startsWith("http://localhost" + JoinController.PATH);
		ClassLink opened = this.sealer.open(link.substring(("http://localhost" + JoinController.PATH).length()),
				"http://localhost" + OAuthFlow.CALLBACK_PATH);
		assertThat(opened.app().clientId()).isEqualTo(Fixtures.app().clientId());
		this.mvc.perform(get("/group/handout").session(this.session))
			.andExpect(status().isOk())
			.andExpect(view().name(GroupController.HANDOUT_VIEW))
			.andExpect(content().string(containsString(link)));
	}

	@Test
	void changeEndWhenTheDaysAreNotOfferedThenTheSameLinkAndANotice() throws Exception {
		this.session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, groupWithApp());
		for (String days : new String[] { "0", "8", "-1", "many" }) {
			this.mvc.perform(post(GroupController.LINK_PATH).param("days", days).session(this.session))
				.andExpect(redirectedUrl(GroupController.LINK_PATH))
				.andExpect(flash().attribute("notice", "group.link.error.days"));
		}
	}

	@Test
	void changeEndWhenADayIsOfferedThenANewLinkWithThatEnd() throws Exception {
		this.session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, groupWithApp());
		String first = (String) this.mvc.perform(get(GroupController.LINK_PATH).session(this.session))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("link");
		this.mvc.perform(post(GroupController.LINK_PATH).param("days", "3").session(this.session))
			.andExpect(redirectedUrl(GroupController.LINK_PATH))
			.andExpect(flash().attribute("notice", "group.link.changed"));
		String second = (String) this.mvc.perform(get(GroupController.LINK_PATH).session(this.session))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("link");
		assertThat(second).isNotEqualTo(first);
	}

	private static WizardSession groupWithApp() {
		return Fixtures.registeredWizard(true, true);
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
