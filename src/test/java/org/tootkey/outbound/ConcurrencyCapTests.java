package org.tootkey.outbound;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbound cap gives every permit back, whatever ends the call. */
class ConcurrencyCapTests {

	private static final OutboundProperties LIMITS = new OutboundProperties(Duration.ofSeconds(2),
			Duration.ofSeconds(2), Duration.ofMillis(1500), DataSize.ofMegabytes(1), 4, Duration.ZERO);

	@Test
	void permitWhenCallEndsInAnErrorThenItIsGivenBack() {
		ConcurrencyCap guard = new ConcurrencyCap(LIMITS);
		ClientHttpRequestExecution overflowing = (request, body) -> {
			throw new StackOverflowError();
		};
		for (int i = 0; i < 25; i++) {
			assertThatThrownBy(
					() -> guard.intercept(new MockClientHttpRequest(HttpMethod.GET, URI.create("https://x/")),
							new byte[0], overflowing))
				.isInstanceOf(StackOverflowError.class);
		}
		assertThat(OutboundProbe.callsThatStartAtOnce(guard, 4))
			.as("calls that start at once after 25 that ended in an Error")
			.isEqualTo(4);
	}

}
