package org.tootkey.keycheck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.tootkey.server.ServerAddress;

import static org.assertj.core.api.Assertions.assertThat;

class KeySealTests {

	private static final ServerAddress SERVER = ServerAddress.parse("example.social", false);

	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-29T12:00:00Z"));

	private final KeySeal seal = new KeySeal(this.clock);

	private final KeySeal.Held held = new KeySeal.Held(SERVER, "the-token", "the-id", "the-secret");

	@Test
	void openWhenWithinFiveMinutesInTheSameSessionThenGivesTheKeyBack() {
		String sealed = this.seal.seal(this.held, "session-1");
		this.clock.advance(KeySeal.HOLD.minusSeconds(2));
		assertThat(this.seal.open(sealed, "session-1")).contains(this.held);
		assertThat(sealed).doesNotContain("the-token").doesNotContain("the-secret").doesNotContain("example");
	}

	@Test
	void openWhenFiveMinutesHavePassedThenNothing() {
		String sealed = this.seal.seal(this.held, "session-1");
		this.clock.advance(KeySeal.HOLD.plusSeconds(2));
		assertThat(this.seal.open(sealed, "session-1")).isEmpty();
	}

	@Test
	void openWhenAnotherSessionOrAnotherProcessOrChangedThenNothing() {
		String sealed = this.seal.seal(this.held, "session-1");
		assertThat(this.seal.open(sealed, "session-2")).isEmpty();
		assertThat(new KeySeal(this.clock).open(sealed, "session-1")).as("after a restart").isEmpty();
		assertThat(this.seal.open(KeyCheckControllerTests.tampered(sealed), "session-1")).isEmpty();
		assertThat(this.seal.open("not base64 %%%", "session-1")).isEmpty();
		assertThat(this.seal.open("", "session-1")).isEmpty();
		assertThat(this.seal.open("A".repeat(9000), "session-1")).isEmpty();
	}

	@Test
	void sealWhenSameKeyTwiceThenDifferentText() {
		assertThat(this.seal.seal(this.held, "s")).isNotEqualTo(this.seal.seal(this.held, "s"));
	}

	@Test
	void heldWhenPrintedThenShowsNoSecret() {
		assertThat(this.held.toString()).doesNotContain("the-token").doesNotContain("the-secret");
	}

	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
