package org.tootkey.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.http.client.InetAddressFilter;

import static org.assertj.core.api.Assertions.assertThat;

class OutboundAddressesTests {

	private final InetAddressFilter filter = OutboundAddresses.publicOnly();

	@ParameterizedTest(name = "[{index}] {0} is blocked")
	@ValueSource(strings = { "127.0.0.1", "127.255.0.9", "0.0.0.0", "0.1.2.3", "10.1.2.3", "172.16.0.1",
			"172.31.255.254", "192.168.1.1", "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.127.255.254",
			"192.0.0.1", "198.18.0.1", "224.0.0.1", "239.255.255.250", "255.255.255.255", "::1", "::", "fc00::1",
			"fd12:3456::1", "fe80::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "::a00:1", "64:ff9b::a00:1",
			"64:ff9b:1::1", "2002:a00:1::1", "2002:7f00:1::1", "3fff::1", "ff02::1", "2001:db8::1",
			"fd00:ec2::254" })
	void publicOnlyWhenAddressIsInternalThenBlocks(String address) throws UnknownHostException {
		assertThat(this.filter.matches(InetAddress.getByName(address))).isFalse();
	}

	@ParameterizedTest(name = "[{index}] {0} is allowed")
	@ValueSource(strings = { "1.1.1.1", "93.184.216.34", "151.101.1.140", "2606:4700::1111", "2a00:1450:4001::200e" })
	void publicOnlyWhenAddressIsPublicThenAllows(String address) throws UnknownHostException {
		assertThat(this.filter.matches(InetAddress.getByName(address))).isTrue();
	}

}
