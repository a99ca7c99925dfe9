package org.tootkey.wizard;

import java.net.URI;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.tootkey.mastodon.ScopeCatalog;
import org.tootkey.server.ServerProfile.Capabilities;

import static org.assertj.core.api.Assertions.assertThat;

class ScopePresetTests {

	private static final Set<String> MASTODON_45 = Set.of("read", "write", "push", "follow", "profile", "read:accounts",
			"read:statuses", "read:notifications", "write:statuses", "write:media", "write:accounts");

	private static final Set<String> MASTODON_42 = Set.of("read", "write", "push", "follow", "read:accounts",
			"read:statuses", "read:notifications", "write:statuses", "write:media", "write:accounts");

	@Test
	void scopesForWhenServerHasProfileThenVerifiesWithProfile() {
		assertThat(ScopePreset.POST_MEDIA.scopesFor(capabilities(MASTODON_45))).containsExactly("write:statuses",
				"write:media", "profile");
	}

	@Test
	void scopesForWhenServerLacksProfileThenVerifiesWithReadAccounts() {
		assertThat(ScopePreset.POST_TEXT.scopesFor(capabilities(MASTODON_42))).containsExactly("write:statuses",
				"read:accounts");
	}

	@Test
	void scopesForWhenPresetAlreadyReadsThenAddsNothing() {
		assertThat(ScopePreset.READ_ONLY.scopesFor(capabilities(MASTODON_45))).containsExactly("read");
		assertThat(ScopePreset.EVERYTHING.scopesFor(capabilities(MASTODON_45))).containsExactly("read", "write",
				"push");
	}

	@Test
	void scopesForWhenPostAndReplyThenReadsNotificationsAndStatuses() {
		assertThat(ScopePreset.POST_AND_REPLY.scopesFor(capabilities(MASTODON_42))).containsExactly("write:statuses",
				"write:media", "read:notifications", "read:statuses", "read:accounts");
	}

	@Test
	void availableOnWhenServerLacksAScopeThenPresetIsNotOffered() {
		Set<String> noPush = Set.of("read", "write", "read:accounts", "write:statuses");
		assertThat(ScopePreset.EVERYTHING.availableOn(capabilities(noPush))).isFalse();
		assertThat(ScopePreset.POST_TEXT.availableOn(capabilities(noPush))).isTrue();
		Set<String> noWriteMedia = Set.of("read", "read:accounts", "write:statuses");
		assertThat(ScopePreset.POST_MEDIA.availableOn(capabilities(noWriteMedia))).isFalse();
	}

	@Test
	void scopesForWhenServerOnlyKnowsTheParentScopeThenAsksForTheParent() {
		Set<String> noWriteMedia = Set.of("read", "write", "read:accounts", "write:statuses");
		assertThat(ScopePreset.POST_MEDIA.availableOn(capabilities(noWriteMedia))).isTrue();
		assertThat(ScopePreset.POST_MEDIA.scopesFor(capabilities(noWriteMedia))).containsExactly("write",
				"read:accounts");
		Set<String> broadOnly = Set.of("read", "write", "follow", "push");
		assertThat(ScopePreset.POST_TEXT.scopesFor(capabilities(broadOnly))).containsExactly("write", "read");
	}

	@Test
	void everyPresetAlwaysIncludesAScopeThatCanCheckTheToken() {
		for (Set<String> server : java.util.List.of(MASTODON_45, MASTODON_42)) {
			for (ScopePreset preset : ScopePreset.values()) {
				Set<String> scopes = preset.scopesFor(capabilities(server));
				assertThat(scopes).as(preset.name()).containsAnyOf("read", "read:accounts", "profile");
			}
		}
	}

	@Test
	void offeredOnWhenServerLacksScopesThenCatalogLeavesThemOut() {
		var groups = ScopeCatalog.offeredOn(capabilities(MASTODON_42));
		assertThat(groups).flatMap(ScopeCatalog.Group::scopes)
			.doesNotContain("profile", "read:search")
			.contains("write:statuses", "read:accounts");
	}

	@Test
	void scopeChoicesWhenOfferedThenSameScopesAsTheCatalogWithOneIdAndLabelEach() {
		var choices = ScopeChoice.offeredOn(capabilities(MASTODON_42));
		assertThat(choices).extracting(ScopeChoice.Group::key)
			.containsExactlyElementsOf(
					ScopeCatalog.offeredOn(capabilities(MASTODON_42)).stream().map(ScopeCatalog.Group::key).toList());
		assertThat(choices).flatMap(ScopeChoice.Group::choices)
			.extracting(ScopeChoice::value)
			.containsExactlyElementsOf(ScopeCatalog.offeredOn(capabilities(MASTODON_42))
				.stream()
				.flatMap((group) -> group.scopes().stream())
				.toList());
		assertThat(choices).flatMap(ScopeChoice.Group::choices)
			.filteredOn((choice) -> choice.value().equals("write:statuses"))
			.singleElement()
			.satisfies((choice) -> {
				// the id the page, its script and the browser tests use
				assertThat(choice.id()).isEqualTo("scope-write-statuses");
				assertThat(choice.labelKey()).isEqualTo("scope.write:statuses");
			});
		assertThat(choices).flatMap(ScopeChoice.Group::choices).extracting(ScopeChoice::id).doesNotHaveDuplicates();
	}

	static Capabilities capabilities(Set<String> scopes) {
		URI base = URI.create("https://example.social");
		return new Capabilities(base.resolve("/oauth/authorize"), base.resolve("/oauth/token"),
				base.resolve("/oauth/revoke"), null, scopes, true, false, true);
	}

}
