package org.tootkey.credentials;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTests {

	private final Credentials credentials = new Credentials("https://example.social", "cid-123", "sec-456",
			"tok-789", "@bot@example.social", "My bot", List.of("profile", "write:statuses"), null);

	@Test
	void renderWhenCredentialsGivenThenEverySnippetCarriesTheRealValues() {
		Map<String, String> snippets = Snippets.render(this.credentials);
		assertThat(snippets).containsKeys("mastodon-py", "env", "compose", "curl", "masto-js", "bigbone",
				"mastodon-py-clientcred", "mastodon-py-usercred");
		assertThat(snippets.get("mastodon-py")).contains("client_id=\"cid-123\"", "client_secret=\"sec-456\"",
				"access_token=\"tok-789\"", "api_base_url=\"https://example.social\"");
		assertThat(snippets.get("curl")).contains("'Authorization: Bearer tok-789'",
				"'https://example.social/api/v1/accounts/verify_credentials'");
	}

	@Test
	void envWhenRenderedThenOneAssignmentPerLine() {
		assertThat(Snippets.env(this.credentials)).isEqualTo("""
				MASTODON_API_BASE_URL=https://example.social
				MASTODON_CLIENT_ID=cid-123
				MASTODON_CLIENT_SECRET=sec-456
				MASTODON_ACCESS_TOKEN=tok-789
				""");
	}

	@Test
	void mastodonPyCredentialFilesWhenRenderedThenUseTheToFileLayout() {
		Map<String, String> snippets = Snippets.render(this.credentials);
		assertThat(snippets.get("mastodon-py-clientcred"))
			.isEqualTo("cid-123\nsec-456\nhttps://example.social\nMy bot\n");
		assertThat(snippets.get("mastodon-py-usercred"))
			.isEqualTo("tok-789\nhttps://example.social\ncid-123\nsec-456\n");
	}

	@Test
	void quotingWhenValuesHoldSpecialCharactersThenEachLanguageStaysValid() {
		assertThat(Snippets.py("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
		assertThat(Snippets.sh("it's")).isEqualTo("'it'\\''s'");
		assertThat(Snippets.envValue("a b\"c")).isEqualTo("\"a b\\\"c\"");
		assertThat(Snippets.yaml("x\"y")).isEqualTo("\"x\\\"y\"");
	}

}
