package org.tootkey.wizard;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpSession;
import org.tootkey.mastodon.Account;
import org.tootkey.server.ServerAddress;
import org.tootkey.server.ServerProfile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * What a server says about itself and its accounts is untrusted: it is shown as text, and
 * links or pictures from it are https (or the server's own origin) only.
 */
@WebMvcTest({ PermissionsController.class, AuthorizedController.class })
class UntrustedContentTests extends WizardControllerSupport {

	@Test
	void permissionsPageWhenServerNamesContainMarkupThenShownAsText() throws Exception {
		ServerProfile hostile = hostileServer();
		MockHttpSession session = new MockHttpSession();
		WizardSession wizard = Fixtures.wizardWithServer(hostile);
		session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, wizard);
		this.mvc.perform(get("/permissions").session(session))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(not(containsString("href=\"javascript:"))));
	}

	@Test
	void authorizedPageWhenDisplayNameHasMarkupThenShownAsText() throws Exception {
		MockHttpSession session = new MockHttpSession();
		WizardSession wizard = Fixtures.authorizedWizard("profile");
		Fixtures.replaceAccount(wizard, new Account("1", "bot", "<img src=x onerror=alert(1)>", null, null, false));
		session.setAttribute(Fixtures.WIZARD_ATTRIBUTE, wizard);
		this.mvc.perform(get("/authorized").session(session))
			.andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
			.andExpect(content().string(not(containsString("<img src=x"))));
	}

	private static ServerProfile hostileServer() {
		ServerProfile base = Fixtures.server();
		return new ServerProfile(ServerAddress.parse("example.social", false), "<script>alert(1)</script>",
				"<a href=\"javascript:alert(1)\">click</a>", null, "mastodon", "4.5.0\"><script>",
				ServerProfile.Registrations.OPEN, null, List.of("<b>rule</b>"), base.capabilities());
	}

}
