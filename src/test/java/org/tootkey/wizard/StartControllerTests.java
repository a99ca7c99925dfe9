package org.tootkey.wizard;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(StartController.class)
@WizardSliceTest
class StartControllerTests {

	@Autowired
	MockMvc mvc;

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

}
