package org.tootkey.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.tootkey.outbound.OutboundException;
import org.tootkey.outbound.OutboundProblem;
import org.tootkey.web.JourneyPages.Page;
import org.tootkey.wizard.WizardControllerSupport;
import org.tootkey.wizard.WizardPages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ProblemController.class)
@Import(WizardPages.class)
class ProblemControllerTests extends WizardControllerSupport {

	@Autowired
	JourneyPages pages;

	@Test
	void nextStepsWhenMappedByTheWizardThenTheJourneysOwnPages() {
		assertThat(this.pages.path(Page.START_OVER)).isEqualTo("/start");
		assertThat(this.pages.path(Page.PERMISSIONS)).isEqualTo("/permissions");
		assertThat(this.pages.path(Page.AUTHORIZE)).isEqualTo("/authorize");
		assertThat(this.pages.path(Page.CREDENTIALS)).isEqualTo("/credentials");
	}

	@ParameterizedTest
	@EnumSource(Problem.class)
	void showWhenProblemIsKnownThenSaysWhatWhyAndOneNextStep(Problem problem) throws Exception {
		this.mvc.perform(get("/problem/" + problem.slug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"" + this.pages.path(problem.nextStep()) + "\"")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void showWhenTootkeyWasTooBusyForTheTokenExchangeThenRetryAfterAndTryAgainResumesAtTheAuthorizeStep()
			throws Exception {
		this.mvc
			.perform(get("/problem/" + Problem.SERVER_TROUBLE.slug()).flashAttr("detail",
					new OutboundException(OutboundProblem.BUSY)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", RetryLaterStatus.RETRY_AFTER_SECONDS))
			.andExpect(content().string(containsString("Tootkey is very busy right now")))
			.andExpect(content().string(containsString("action=\"/authorize\"")));
		this.mvc
			.perform(get("/problem/" + Problem.SERVER_TROUBLE.slug()).flashAttr("detail",
					new OutboundException(OutboundProblem.TIMEOUT)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Retry-After"));
	}

}
