package org.tootkey.wizard;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScopesTests {

	@Test
	void coversWhenParentOrFollowOrReadWasGrantedThenTheNarrowerScopeCounts() {
		assertThat(Scopes.covers(Set.of("write"), "write:statuses")).isTrue();
		assertThat(Scopes.covers(Set.of("follow"), "write:blocks")).isTrue();
		assertThat(Scopes.covers(Set.of("follow"), "write:statuses")).isFalse();
		assertThat(Scopes.covers(Set.of("read:accounts"), "profile")).isTrue();
		assertThat(Scopes.covers(Set.of("profile"), "read:accounts")).isFalse();
		assertThat(Scopes.covers(Set.of("write:statuses"), "write")).isFalse();
	}

	@Test
	void missingWhenTheServerGrantedLessThenListsWhatIsMissingSorted() {
		assertThat(Scopes.missing(Set.of("write:statuses", "write:media", "profile"), Set.of("write:statuses")))
			.containsExactly("profile", "write:media");
		assertThat(Scopes.missing(Set.of("write:statuses", "profile"), Set.of("write", "read"))).isEmpty();
	}

	@Test
	void grantedWhenServerGrantsEverythingOrReportsNothingThenTheRightSetCounts() {
		Set<String> asked = Set.of("write:statuses", "profile");
		assertThat(Scopes.granted(Set.of("read", "write"), Set.of("profile"), asked)).containsOnly("read", "write");
		assertThat(Scopes.granted(Set.of("read", "write"), null, asked)).isEqualTo(asked);
		assertThat(Scopes.granted(Set.of(), Set.of(), asked)).isEqualTo(asked);
		assertThat(Scopes.granted(Set.of(), Set.of("profile"), asked)).containsOnly("profile");
	}

}
