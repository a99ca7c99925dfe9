package org.tootkey.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-program facts used when a server publishes no OAuth metadata. */
class KnownSoftwareTests {

	@Test
	void scopesWithoutMetadataWhenMastodonBefore43ThenClassicScopesWithoutProfile() {
		assertThat(KnownSoftware.scopesWithoutMetadata("mastodon"))
			.contains("read", "write", "follow", "push", "read:accounts", "write:statuses", "write:media")
			.doesNotContain("profile");
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
		assertThat(KnownSoftware.alwaysGranted("pixelfed")).containsExactlyInAnyOrder("read", "write", "follow",
				"push");
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

	@Test
	void habitsWhenProgramIsKnownThenItsOwnRevokePageOnTheServersOrigin() {
		java.net.URI base = java.net.URI.create("http://127.0.0.1:8002");
		assertThat(KnownSoftware.habits("GoToSocial")).hasValueSatisfying((habits) -> {
			assertThat(habits.revokePage(base)).hasToString("http://127.0.0.1:8002/settings/user/tokens");
			assertThat(habits.approveButton()).isEqualTo("Allow");
			assertThat(habits.loginByEmail()).isTrue();
			assertThat(habits.denyButton()).isFalse();
		});
		assertThat(KnownSoftware.habits("mastodon").map((habits) -> habits.revokePage(base)))
			.hasValue(java.net.URI.create("http://127.0.0.1:8002/oauth/authorized_applications"));
	}

	@Test
	void habitsWhenPleromaSharkeyOrSnacThenTheButtonsTheirSourceShows() {
		java.net.URI base = java.net.URI.create("https://shark.example");
		assertThat(KnownSoftware.habits("pleroma")).hasValueSatisfying((habits) -> {
			assertThat(habits.approveButton()).isEqualTo("Approve");
			assertThat(habits.loginByEmail()).isFalse();
		});
		assertThat(KnownSoftware.habits("akkoma").map(KnownSoftware.Habits::approveButton)).hasValue("Approve");
		assertThat(KnownSoftware.habits("sharkey")).hasValueSatisfying((habits) -> {
			assertThat(habits.approveButton()).isEqualTo("Accept");
			assertThat(habits.revokePage(base)).hasToString("https://shark.example/settings/apps");
		});
		assertThat(KnownSoftware.habits("snac")).hasValueSatisfying((habits) -> {
			assertThat(habits.approveButton()).isEqualTo("OK");
			assertThat(habits.denyButton()).isFalse();
			assertThat(habits.revokePage(base)).isNull();
		});
	}

	@Test
	void habitsWhenProgramHasNoRevokePageOrIsUnknownThenSaysSo() {
		assertThat(KnownSoftware.habits("iceshrimp")).hasValueSatisfying(
				(habits) -> assertThat(habits.revokePage(java.net.URI.create("https://example.social"))).isNull());
		assertThat(KnownSoftware.habits("accountchooserware")).isEmpty();
		assertThat(KnownSoftware.habits(null)).isEmpty();
	}

}
