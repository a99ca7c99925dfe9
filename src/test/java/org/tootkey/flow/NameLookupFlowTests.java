package org.tootkey.flow;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.tootkey.support.RecordingResolver;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name that does not resolve is not always a typo: no such server (perhaps with "did
 * you mean …?") versus Tootkey's own name look-up being down. DNS answers come from a
 * test resolver, so the outcome does not depend on the machine's network.
 */
@Import(NameLookupFlowTests.Names.class)
class NameLookupFlowTests extends FlowTestSupport {

	@Autowired
	RecordingResolver resolver;

	@BeforeEach
	void dnsDownUntilATestAnswers() {
		this.resolver.reset();
	}

	@Test
	void serverWhenNameDoesNotExistThenSaysSoInTheNamesOwnScript() {
		this.resolver.answer("mastodon.social", "192.0.2.1");
		Hop page = choose("http://bücher.invalid/");
		assertThat(page.body())
			.contains("Error: Which server", "We couldn’t find a server called bücher.invalid",
					"value=\"http://bücher.invalid/\"")
			.doesNotContain("data-suggestion");
	}

	@Test
	void serverPageWhenNameIsInAnotherScriptThenItsPunycodeIsShownBesideIt() {
		// Cyrillic letters that look like "apple"; the name does not exist, so the page
		// names it (issue 11: a look-alike cannot pass for a Latin name)
		this.resolver.answer("mastodon.social", "192.0.2.1");
		Hop page = choose("xn--80ak6aa92e.tootkey-no-such-name.com");
		assertThat(page.body()).contains("аррӏе.tootkey-no-such-name.com (xn--80ak6aa92e.tootkey-no-such-name.com)");
	}

	@Test
	void serverWhenATypoAwayFromAWellKnownServerThenDidYouMeanAndTheSuggestionRefillsTheField() {
		this.resolver.answer("mastodon.social", "192.0.2.1");
		Hop page = choose("mastodon.socal");
		assertThat(page.body()).contains("We couldn’t find a server called mastodon.socal", "Did you mean",
				"href=\"/server?suggested=mastodon.social\"", "value=\"mastodon.socal\"");
		Hop refilled = this.browser.get("/server?suggested=mastodon.social");
		assertThat(refilled.body()).contains("value=\"mastodon.social\"").doesNotContain("Error:");
		// Only names from the built-in list refill the field.
		assertThat(this.browser.get("/server?suggested=evil.example").body()).doesNotContain("evil.example");
	}

	@Test
	void serverWhenNoNameResolvesAtAllThenSaysTootkeyCouldNotLookUpNamesNotThatTheServerIsMissing() {
		Hop page = choose("mastodon.socal");
		assertThat(page.body()).contains("Tootkey couldn’t look up any server name just now")
			.doesNotContain("We couldn’t find a server called")
			.doesNotContain("data-suggestion");
		assertThat(this.resolver.lookups()).contains("mastodon.social");
	}

	private Hop choose(String typed) {
		return this.browser.submit("/server", "/server", Map.of("server", typed));
	}

	@TestConfiguration
	static class Names {

		/** Every name fails unless a test answers it: "DNS is down" by default. */
		@Bean
		@Primary
		RecordingResolver recordingResolver() {
			return new RecordingResolver((host) -> null);
		}

	}

}
