package org.tootkey.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The real time plus however far a test moved it on: lets a test age a session past its
 * lifetime at once instead of sleeping through it (and failing when a loaded machine
 * makes the journey before it slower than the lifetime).
 */
final class MovableClock extends Clock {

	private volatile Duration ahead = Duration.ZERO;

	void moveOn(Duration by) {
		this.ahead = this.ahead.plus(by);
	}

	void reset() {
		this.ahead = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.ahead);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), this.ahead);
	}

}
