package org.tootkey.server;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NearMissTests {

	@ParameterizedTest(name = "[{index}] {0} → {1}")
	@CsvSource({ "mastodon.socal, mastodon.social", "mastdon.social, mastodon.social", "hachyderm.oi, hachyderm.io",
			"fosstodon.og, fosstodon.org", "Mastodon.Socail, mastodon.social", "infosec.exchnge, infosec.exchange",
			"mastodon.social, ''", "example.org, ''", "bücher.invalid, ''", "mas, ''" })
	void nearMissWhenATypoAwayFromAWellKnownServerThenSuggestsItAndOtherwiseNothing(String typed, String suggested) {
		assertThat(NearMiss.of(typed).orElse("")).isEqualTo(suggested);
	}

}
