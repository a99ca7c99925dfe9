package org.tootkey.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RetryLaterStatusTests {

	/**
	 * Issue 11: a probe that met the outbound cap says "server.error.busy", which once
	 * got 200 and no Retry-After.
	 */
	@Test
	void answerWhenDiscoveryMetTheOutboundCapThen429WithRetryAfter() {
		for (String key : new String[] { "server.error.busy", "outbound.busy" }) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			RetryLaterStatus.answer(key, response);
			assertThat(response.getStatus()).as(key).isEqualTo(429);
			assertThat(response.getHeader("Retry-After")).as(key).isEqualTo(RetryLaterStatus.RETRY_AFTER_SECONDS);
		}
		MockHttpServletResponse other = new MockHttpServletResponse();
		RetryLaterStatus.answer("server.error.timeout", other);
		assertThat(other.getStatus()).isEqualTo(200);
		assertThat(other.getHeader("Retry-After")).isNull();
	}

}
