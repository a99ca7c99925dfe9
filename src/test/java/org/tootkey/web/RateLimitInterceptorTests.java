package org.tootkey.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitInterceptorTests {

	@ParameterizedTest(name = "[{index}] {0} and {1} are one visitor: {2}")
	@CsvSource({ "203.0.113.5, 203.0.113.5, true", "203.0.113.5, 203.0.113.6, false",
			"2001:db8:1:2::1, 2001:db8:1:2:ffff::9, true", "2001:db8:1:2::1, 2001:db8:1:3::1, false",
			"2001:db8:1:2:0:0:0:1, 2001:db8:1:2::abcd, true" })
	void clientKeyWhenIpv6ThenOneVisitorPerSlash64(String first, String second, boolean same) {
		assertThat(RateLimitInterceptor.clientKey(first).equals(RateLimitInterceptor.clientKey(second)))
			.isEqualTo(same);
	}

}
