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
			"64:ff9b:1::1", "2002:a00:1::1", "2002:7f00:1::1", "3fff::1", "ff02::1", "2001:db8::1", "fd00:ec2::254" })
	void publicOnlyWhenAddressIsInternalThenBlocks(String address) throws UnknownHostException {
		assertThat(this.filter.matches(InetAddress.getByName(address))).isFalse();
	}

	/**
	 * Issue 11: checked against IANA's special-purpose registries
	 * (iana-ipv4-special-registry, iana-ipv6-special-registry, as of 2026): every range
	 * not "globally reachable" is blocked, including SRv6 SIDs {@code 5f00::/16} (RFC
	 * 9602), IPv4-translated {@code ::ffff:0:0:0/96} (SIIT, RFC 2765), discard-only
	 * {@code 100::/64}, the dummy prefix {@code 100:0:0:1::/64}, the IETF protocol block
	 * {@code 2001::/23} (Teredo, benchmarking, ORCHID), deprecated site-local
	 * {@code fec0::/10}, and IPv4 {@code 192.0.0.0/24}, benchmarking
	 * {@code 198.18.0.0/15}, documentation, the old 6to4 relay {@code 192.88.99.0/24} and
	 * reserved {@code 240.0.0.0/4}. An IPv4-mapped address built as a 16-byte IPv6
	 * address is judged too.
	 */
	@ParameterizedTest(name = "[{index}] {0} is blocked (IANA special-purpose)")
	@ValueSource(strings = { "5f00::1", "5f00:ffff::1", "::ffff:0:a00:1", "::ffff:0:7f00:1", "100::1", "100:0:0:1::1",
			"2001::1", "2001:2::1", "2001:10::1", "2001:20::1", "fec0::1", "192.0.2.1", "198.51.100.1", "203.0.113.1",
			"192.88.99.1", "240.0.0.1", "198.19.255.254" })
	void publicOnlyWhenAddressIsSpecialPurposeThenBlocks(String address) throws UnknownHostException {
		assertThat(this.filter.matches(InetAddress.getByName(address))).isFalse();
	}

	@org.junit.jupiter.api.Test
	void publicOnlyWhenIpv4MappedAddressStaysIpv6ThenBlocks() throws UnknownHostException {
		byte[] mapped = new byte[16];
		mapped[10] = (byte) 0xff;
		mapped[11] = (byte) 0xff;
		mapped[12] = 10;
		mapped[15] = 1;
		assertThat(this.filter.matches(java.net.Inet6Address.getByAddress(null, mapped, -1))).isFalse();
	}

	@ParameterizedTest(name = "[{index}] {0} is allowed")
	@ValueSource(strings = { "1.1.1.1", "93.184.216.34", "151.101.1.140", "2606:4700::1111", "2a00:1450:4001::200e" })
	void publicOnlyWhenAddressIsPublicThenAllows(String address) throws UnknownHostException {
		assertThat(this.filter.matches(InetAddress.getByName(address))).isTrue();
	}

}
