package org.tootkey.wizard;

import org.junit.jupiter.api.Test;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(StartController.class)
class StartControllerTests extends WizardControllerSupport {

	@Test
	void startWhenOpenedThenExplainsTheThreeValuesAndThePromise() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Client ID")))
			.andExpect(content().string(containsString("Client secret")))
			.andExpect(content().string(containsString("Access token")))
			.andExpect(content().string(containsString("Nothing is stored")))
			.andExpect(content().string(containsString("Start now")));
	}

	@Test
	void startWhenOpenedThenSaysHowLongTheWizardWaitsAndCountsFiveSteps() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(
					content().string(containsString("waits up to 30 minutes in all, and 15 minutes without a click")))
			.andExpect(content().string(containsString("Check that the account the server shows is the bot")))
			.andExpect(content().string(containsString("in five steps")));
	}

}
