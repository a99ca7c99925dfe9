package org.tootkey.outbound;

import org.springframework.boot.http.client.InetAddressFilter;

/**
 * Which addresses an outbound call may connect to. Checked inside DNS resolution (Apache
 * HttpClient 5), so a name that resolves to a public address once and a private one later
 * (DNS rebinding) is still refused at connect time.
 */
public final class OutboundAddresses {

	/**
	 * Ranges that Spring Boot's {@link InetAddressFilter#externalAddresses()} lets
	 * through but that can still reach an internal network: IPv4-compatible IPv6
	 * ({@code ::/96}), NAT64 ({@code 64:ff9b::/96}, local-use {@code 64:ff9b:1::/48}),
	 * all of 6to4 ({@code 2002::/16}), the IPv6 documentation prefix {@code 3fff::/20},
	 * and the cloud metadata addresses. IPv4-mapped addresses ({@code ::ffff:0:0/96}) are
	 * usually turned into IPv4 addresses by Java, which the IPv4 rules then judge; one
	 * built as a 16-byte IPv6 address is blocked outright, as is SIIT's IPv4-translated
	 * {@code ::ffff:0:0:0/96} and SRv6's {@code 5f00::/16}.
	 */
	static final String[] EXTRA_BLOCKED = { "::/96", "64:ff9b::/96", "64:ff9b:1::/48", "2002::/16", "3fff::/20",
			"169.254.169.254/32", "fd00:ec2::254/128",
			// Checked against IANA's special-purpose registries (IPv4 and IPv6, 2026):
			// everything
			// not "globally reachable", whether or not Spring Boot's list has it already.
			"::ffff:0:0:0/96", "100::/64", "100:0:0:1::/64", "2001::/23", "2001:db8::/32", "5f00::/16", "fc00::/7",
			"fe80::/10", "fec0::/10", "0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24",
			"198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4" };

	private OutboundAddresses() {
	}

	/** Public unicast addresses only. */
	public static InetAddressFilter publicOnly() {
		return InetAddressFilter.externalAddresses()
			.andNot(InetAddressFilter.multicast())
			.andNot(EXTRA_BLOCKED)
			.and(address -> !address.isAnyLocalAddress() && !address.isLoopbackAddress()
					&& !address.isLinkLocalAddress() && !address.isSiteLocalAddress() && !address.isMulticastAddress()
					&& !isMappedIpv4(address));
	}

	/**
	 * An IPv4-mapped address ({@code ::ffff:0:0/96}) that stayed a 16-byte IPv6 address
	 * (Java turns most into IPv4, but {@code Inet6Address.getByAddress} does not):
	 * refused outright, since the IPv4 rules never see it.
	 */
	static boolean isMappedIpv4(java.net.InetAddress address) {
		byte[] bytes = address.getAddress();
		if (bytes.length != 16 || bytes[10] != (byte) 0xff || bytes[11] != (byte) 0xff) {
			return false;
		}
		for (int i = 0; i < 10; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

	/** Every address: for {@code tootkey.allow-local-servers=true}. */
	public static InetAddressFilter any() {
		return InetAddressFilter.all();
	}

}
