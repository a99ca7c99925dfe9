package org.tootkey.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.tootkey.mastodon.MastodonApiException;
import org.tootkey.outbound.OutboundException;
import org.tootkey.outbound.OutboundProblem;
import org.tootkey.server.DiscoveryException;

import static org.assertj.core.api.Assertions.assertThat;

class RetryLaterStatusTests {

	/**
	 * Issue 11: a probe that met the outbound cap says "server.error.busy", which once
	 * got 200 and no Retry-After. Since issue 12 the cap is told by its type, not its
	 * key.
	 */
	@Test
	void answerWhenDiscoveryMetTheOutboundCapThen429WithRetryAfter() {
		for (Object failure : new Object[] { DiscoveryException.noAnswer(OutboundProblem.BUSY, "example.social"),
				new OutboundException(OutboundProblem.BUSY), new MastodonApiException(OutboundProblem.BUSY) }) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			RetryLaterStatus.answer(failure, response);
			assertThat(response.getStatus()).as(failure.toString()).isEqualTo(429);
			assertThat(response.getHeader("Retry-After")).as(failure.toString())
				.isEqualTo(RetryLaterStatus.RETRY_AFTER_SECONDS);
		}
		for (Object failure : new Object[] { DiscoveryException.noAnswer(OutboundProblem.TIMEOUT, "example.social"),
				new MastodonApiException("outbound.busy"), "outbound.busy", null }) {
			MockHttpServletResponse other = new MockHttpServletResponse();
			RetryLaterStatus.answer(failure, other);
			assertThat(other.getStatus()).as(String.valueOf(failure)).isEqualTo(200);
			assertThat(other.getHeader("Retry-After")).isNull();
		}
	}

	@Test
	void noAnswerWhenBusyThenSaysTootkeyIsBusyInTheServerStepsOwnWords() {
		assertThat(DiscoveryException.noAnswer(OutboundProblem.BUSY, "example.social").getCodes())
			.containsExactly("server.error.busy");
	}

}
