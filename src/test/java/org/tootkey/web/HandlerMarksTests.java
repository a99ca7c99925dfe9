package org.tootkey.web;

import org.junit.jupiter.api.Test;

import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;

class HandlerMarksTests {

	private final HandlerMarks<WarnsBeforeSessionEnds> warns = new HandlerMarks<>(WarnsBeforeSessionEnds.class);

	private final HandlerMarks<RateLimited> limited = new HandlerMarks<>(RateLimited.class);

	@Test
	void findWhenMarkOnTheControllerThenEveryHandlerOfItHasIt() throws Exception {
		assertThat(this.warns.on(handler(new MarkedController(), "page"))).isTrue();
		assertThat(this.warns.on(handler(new MarkedController(), "other"))).isTrue();
		assertThat(this.warns.on(handler(new PlainController(), "page"))).isFalse();
	}

	@Test
	void findWhenMarkOnOneMethodThenOnlyThatHandlerHasIt() throws Exception {
		assertThat(this.limited.on(handler(new PlainController(), "limited"))).isTrue();
		assertThat(this.limited.on(handler(new PlainController(), "page"))).isFalse();
		// asked again: the same answer from what was worked out the first time
		assertThat(this.limited.on(handler(new PlainController(), "limited"))).isTrue();
		assertThat(this.limited.on(handler(new PlainController(), "page"))).isFalse();
	}

	@Test
	void findWhenHandlerIsNotAControllerMethodThenNoMark() {
		assertThat(this.warns.find(new Object())).isNull();
		assertThat(this.warns.find(null)).isNull();
	}

	private static HandlerMethod handler(Object controller, String name) throws NoSuchMethodException {
		return new HandlerMethod(controller, controller.getClass().getDeclaredMethod(name));
	}

	@WarnsBeforeSessionEnds
	static class MarkedController {

		String page() {
			return "page";
		}

		String other() {
			return "other";
		}

	}

	static class PlainController {

		String page() {
			return "page";
		}

		@RateLimited
		String limited() {
			return "limited";
		}

	}

}
