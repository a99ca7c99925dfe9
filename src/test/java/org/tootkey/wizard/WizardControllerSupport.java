package org.tootkey.wizard;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tootkey.mastodon.MastodonClient;
import org.tootkey.oauth.OAuthFlow;

/**
 * What every page controller's test starts from: a {@link WizardSliceTest} slice (each
 * test names its controller with {@code @WebMvcTest}), a browser session, and the two
 * outward-facing collaborators mocked, so that no test reaches a server.
 */
@WizardSliceTest
public abstract class WizardControllerSupport {

	@Autowired
	protected MockMvc mvc;

	@MockitoBean
	protected MastodonClient mastodon;

	@MockitoBean
	protected OAuthFlow oauth;

	protected final MockHttpSession session = new MockHttpSession();

}
