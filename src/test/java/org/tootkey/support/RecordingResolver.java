package org.tootkey.support;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.apache.hc.client5.http.DnsResolver;

/**
 * A DNS resolver for tests: answers from a rule instead of the network, and records every
 * name it was asked for.
 */
public final class RecordingResolver implements DnsResolver {

	private final List<String> lookups = new CopyOnWriteArrayList<>();

	private final Map<String, InetAddress[]> fixed = new ConcurrentHashMap<>();

	private volatile Function<String, InetAddress[]> rule;

	public RecordingResolver(Function<String, InetAddress[]> rule) {
		this.rule = rule;
	}

	/** Answers {@code name} with {@code address} from now on. */
	public void answer(String name, String address) {
		try {
			this.fixed.put(name, new InetAddress[] { InetAddress.getByName(address) });
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	/** Forgets every fixed answer and every recorded look-up. */
	public void reset() {
		this.fixed.clear();
		this.lookups.clear();
	}

	public void rule(Function<String, InetAddress[]> rule) {
		this.rule = rule;
	}

	public List<String> lookups() {
		return List.copyOf(this.lookups);
	}

	@Override
	public InetAddress[] resolve(String host) throws UnknownHostException {
		this.lookups.add(host);
		InetAddress[] answer = this.fixed.containsKey(host) ? this.fixed.get(host) : this.rule.apply(host);
		if (answer == null || answer.length == 0) {
			throw new UnknownHostException(host);
		}
		return answer.clone();
	}

	@Override
	public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
		return java.util.Arrays.stream(resolve(host)).map((a) -> new InetSocketAddress(a, port)).toList();
	}

	@Override
	public String resolveCanonicalHostname(String host) throws UnknownHostException {
		return host;
	}

}
