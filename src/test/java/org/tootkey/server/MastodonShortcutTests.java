package org.tootkey.server;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.tootkey.outbound.OutboundProblem;
import org.tootkey.outbound.OutboundResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** When discovery may skip waiting for NodeInfo: only for Mastodon's own code. */
class MastodonShortcutTests {

	private static final Fetched METADATA = json("{\"authorization_endpoint\":\"https://ex.social/oauth/authorize\"}");

	@Test
	void isMastodonWhenMetadataAndMastodonSourceThenTrue() {
		assertThat(ServerProbes.isMastodon(METADATA,
				json("{\"version\":\"4.5.0\",\"source_url\":\"https://github.com/mastodon/mastodon\"}")))
			.isTrue();
	}

	@Test
	void isMastodonWhenAForkOrAnotherProgramThenFalse() {
		assertThat(ServerProbes.isMastodon(METADATA,
				json("{\"version\":\"4.5.0+glitch\",\"source_url\":\"https://github.com/glitch-soc/mastodon\"}")))
			.isFalse();
		assertThat(ServerProbes.isMastodon(METADATA, json("{\"version\":\"0.19.1 git-abc\"}"))).isFalse();
	}

	@Test
	void isMastodonWhenNoMetadataOrNoInstanceThenFalse() {
		Fetched mastodon = json("{\"source_url\":\"https://github.com/mastodon/mastodon\"}");
		assertThat(ServerProbes.isMastodon(Fetched.failed(OutboundProblem.TIMEOUT), mastodon)).isFalse();
		assertThat(ServerProbes.isMastodon(METADATA, Fetched.failed(OutboundProblem.TIMEOUT))).isFalse();
	}

	private static Fetched json(String body) {
		return Fetched.of(new OutboundResponse(200, new HttpHeaders(), body.getBytes(StandardCharsets.UTF_8)));
	}

}
