package org.tootkey.flow;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With local servers allowed, a server on a port of its own (issue 10): the origin the
 * person chose stays whole wherever it is shown or put back in the field, and the handle
 * such a server prints, {@code @bot@127.0.0.1:8002}, is understood.
 */
class LocalPortFlowTests extends FlowTestSupport {

	@Test
	void journeyWhenServerIsOnAPortThenEveryPageShowsTheHostWithItsPort() {
		String origin = this.fake.hostAndPort();
		chooseServerAndRegister("post-text");
		Hop authorize = this.browser.get("/authorize");
		assertThat(authorize.body()).contains("Continue to " + origin);
		Hop back = this.browser.authorizeOnServer("bot", "password", "approve");
		Hop authorized = this.browser.follow(back);
		assertThat(authorized.body()).contains("@bot@" + origin);
		String credentials = reveal().body();
		assertThat(credentials).contains("@bot@" + origin);
		assertThat(WizardClient.credential(credentials, "api_base_url")).isEqualTo(this.fake.baseUrl());
	}

	@Test
	void permissionsWhenServerIsOnAPortThenSaysWhereTheAppIsRegisteredAndChoosingAgainRefillsTheWholeOrigin() {
		this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		assertThat(this.browser.get("/permissions").body())
			.contains("we register your bot’s app on " + this.fake.hostAndPort() + ".");
		assertThat(this.browser.get("/server").body()).contains("value=\"" + this.fake.baseUrl() + "\"");
	}

	@Test
	void serverWhenTheHandleCarriesAPortThenItIsUnderstoodAndTheAccountExpected() {
		Hop page = this.browser.submit("/server", "/server", Map.of("server", "@bot@" + this.fake.hostAndPort()));
		assertThat(page.status()).as(page.body()).isEqualTo(302);
		assertThat(page.location()).endsWith("/permissions");
		this.browser.submit("/permissions", "/permissions",
				Map.of("preset", "post-text", "appName", "Flow bot", "website", ""));
		assertThat(this.browser.get("/authorize").body()).contains("Log in as @bot@" + this.fake.hostAndPort());
	}

}
