package org.tootkey.outbound;

import org.springframework.boot.http.client.InetAddressFilter;

/**
 * Which addresses an outbound call may connect to. Checked inside DNS resolution (Apache
 * HttpClient 5), so a name that resolves to a public address once and a private one later
 * (DNS rebinding) is still refused at connect time.
 */
public final class OutboundAddresses {

	/**
	 * Ranges that Spring Boot's {@link InetAddressFilter#externalAddresses()} lets through but
	 * that can still reach an internal network: IPv4-compatible IPv6 ({@code ::/96}), NAT64
	 * ({@code 64:ff9b::/96}, local-use {@code 64:ff9b:1::/48}), all of 6to4 ({@code 2002::/16}),
	 * the IPv6 documentation prefix {@code 3fff::/20}, and the cloud metadata addresses.
	 * IPv4-mapped addresses ({@code ::ffff:0:0/96}) need no entry: Java turns them into IPv4
	 * addresses, which the IPv4 rules then judge.
	 */
	static final String[] EXTRA_BLOCKED = { "::/96", "64:ff9b::/96", "64:ff9b:1::/48", "2002::/16", "3fff::/20",
			"169.254.169.254/32", "fd00:ec2::254/128" };

	private OutboundAddresses() {
	}

	/** Public unicast addresses only. */
	public static InetAddressFilter publicOnly() {
		return InetAddressFilter.externalAddresses()
			.andNot(InetAddressFilter.multicast())
			.andNot(EXTRA_BLOCKED)
			.and(address -> !address.isAnyLocalAddress() && !address.isLoopbackAddress()
					&& !address.isLinkLocalAddress() && !address.isSiteLocalAddress()
					&& !address.isMulticastAddress());
	}

	/** Every address: for {@code tootkey.allow-local-servers=true}. */
	public static InetAddressFilter any() {
		return InetAddressFilter.all();
	}

}
