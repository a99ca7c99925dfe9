package org.tootkey.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-program facts used when a server publishes no OAuth metadata. */
class KnownSoftwareTests {

	@Test
	void scopesWithoutMetadataWhenMastodonBefore43ThenClassicScopesWithoutProfile() {
		assertThat(KnownSoftware.scopesWithoutMetadata("mastodon")).contains("read", "write", "follow", "push",
				"read:accounts", "write:statuses", "write:media").doesNotContain("profile");
	}

	@Test
	void scopesWithoutMetadataWhenGoToSocialThenProfileAndNoFollow() {
		assertThat(KnownSoftware.scopesWithoutMetadata("GoToSocial")).contains("profile", "write:statuses")
			.doesNotContain("follow");
	}

	@Test
	void scopesWithoutMetadataWhenIceshrimpThenNoProfile() {
		assertThat(KnownSoftware.scopesWithoutMetadata("iceshrimp")).contains("read:accounts")
			.doesNotContain("profile");
		assertThat(KnownSoftware.scopesWithoutMetadata("iceshrimp.net")).doesNotContain("profile");
	}

	@Test
	void scopesWithoutMetadataWhenSharkeyThenOnlyTheBroadScopes() {
		assertThat(KnownSoftware.scopesWithoutMetadata("sharkey")).containsExactlyInAnyOrder("read", "write", "follow",
				"push");
	}

	@Test
	void alwaysGrantedWhenProgramIgnoresScopesThenTheFourBroadOnes() {
		assertThat(KnownSoftware.alwaysGranted("pixelfed")).containsExactlyInAnyOrder("read", "write", "follow", "push");
		assertThat(KnownSoftware.alwaysGranted("sharkey")).hasSize(4);
		assertThat(KnownSoftware.alwaysGranted("mastodon")).isEmpty();
		assertThat(KnownSoftware.alwaysGranted(null)).isEmpty();
	}

	@Test
	void withoutMastodonApiWhenKnownProgramThenItsName() {
		assertThat(KnownSoftware.withoutMastodonApi("misskey")).isEqualTo("Misskey");
		assertThat(KnownSoftware.withoutMastodonApi("Lemmy")).isEqualTo("Lemmy");
		assertThat(KnownSoftware.withoutMastodonApi("peertube")).isEqualTo("PeerTube");
		assertThat(KnownSoftware.withoutMastodonApi("sharkey")).isNull();
	}

	@Test
	void displayNameWhenProgramHasItsOwnSpellingThenUsesIt() {
		assertThat(KnownSoftware.displayName("gotosocial")).isEqualTo("GoToSocial");
		assertThat(KnownSoftware.displayName("iceshrimp")).isEqualTo("Iceshrimp.NET");
		assertThat(KnownSoftware.displayName("iceshrimp.net")).isEqualTo("Iceshrimp.NET");
		assertThat(KnownSoftware.displayName("akkoma")).isEqualTo("Akkoma");
	}

}
