package org.tootkey.credentials;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTests {

	static final String HEADER = "Mastodon keys for @bot@example.social.\nNever commit this file.";

	private final Credentials credentials = credentials("https://example.social", "cid-123", "sec-456", "tok-789",
			"@bot@example.social");

	static Credentials credentials(String base, String clientId, String secret, String token, String handle) {
		return new Credentials(base, clientId, secret, token, handle, "My bot", List.of("profile", "write:statuses"),
				null, LocalDate.of(2026, 11, 29));
	}

	@Test
	void renderWhenCredentialsGivenThenOnlyTheFilesCarryValuesAndNoCodeHoldsASecret() {
		Map<String, String> snippets = Snippets.render(this.credentials, HEADER);
		assertThat(snippets).containsKeys("mastodon-py", "env", "gitignore", "run", "command-line", "compose", "curl",
				"masto-js", "bigbone");
		for (String code : List.of("mastodon-py", "gitignore", "run", "compose", "curl", "masto-js", "bigbone")) {
			assertThat(snippets.get(code)).as(code).doesNotContain("cid-123", "sec-456", "tok-789");
		}
		assertThat(snippets.get("mastodon-py")).contains("os.environ[\"MASTODON_ACCESS_TOKEN\"]",
				"os.environ[\"MASTODON_API_BASE_URL\"]");
		assertThat(snippets.get("masto-js")).contains("process.env.MASTODON_ACCESS_TOKEN");
		assertThat(snippets.get("bigbone")).contains("System.getenv(\"MASTODON_ACCESS_TOKEN\")");
		assertThat(snippets.get("curl")).contains("$MASTODON_ACCESS_TOKEN");
		assertThat(snippets.get("command-line")).contains("'tok-789'").doesNotContain("sec-456");
	}

	@Test
	void envWhenRenderedThenHeaderCommentThenOneSingleQuotedAssignmentPerLine() {
		assertThat(Snippets.env(this.credentials, HEADER)).isEqualTo("""
				# Mastodon keys for @bot@example.social.
				# Never commit this file.
				MASTODON_API_BASE_URL='https://example.social'
				MASTODON_CLIENT_ID='cid-123'
				MASTODON_CLIENT_SECRET='sec-456'
				MASTODON_ACCESS_TOKEN='tok-789'
				""");
	}

	@Test
	void envWhenTheHeaderHoldsLineBreaksOrControlCharactersThenEveryLineStaysAComment() {
		String env = Snippets.env(this.credentials, "keys for @bot\r\ntouch PWNED\u2028x\u0085y\n\nend");
		assertThat(env.lines().filter((line) -> !line.startsWith("MASTODON_")))
			.allMatch((line) -> line.startsWith("#"));
		assertThat(env).doesNotContain("\r", "\u2028", "\u0085");
	}

	@Test
	void envFileNameWhenRenderedThenNamedAfterTheBotAndServer() {
		assertThat(Snippets.envFileName(this.credentials)).isEqualTo("bot-at-example.social.env");
		assertThat(Snippets.envFileName(credentials("https://x", "a", "b", "c", "@bo t/../$(x)@ex ample.social")))
			.isEqualTo("bo-t-..-x--at-ex-ample.social.env")
			.matches("[A-Za-z0-9._-]+");
		assertThat(Snippets.envFileName(credentials("https://x", "a", "b", "c", "@-rf@host")))
			.isEqualTo("rf-at-host.env");
	}

	@Test
	void composeWhenRenderedThenReadsTheFileAndHoldsNoValueToInterpolate() {
		String compose = Snippets.compose(this.credentials);
		assertThat(compose).isEqualTo("services:\n  bot:\n    env_file: bot-at-example.social.env\n");
		assertThat(compose).doesNotContain("$");
	}

	@Test
	void shellQuotingWhenTheValueHoldsAQuoteThenItIsClosedEscapedAndReopened() {
		assertThat(Snippets.sh("it's")).isEqualTo("'it'\\''s'");
		assertThat(Snippets.sh("$(x)`y`${HOME}")).isEqualTo("'$(x)`y`${HOME}'");
	}

}
