package org.tootkey.server;

import java.net.UnknownHostException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.AsyncCache;
import org.apache.hc.client5.http.DnsResolver;

import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.CacheManager;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.tootkey.TootkeyProperties;
import org.tootkey.outbound.OutboundClient;
import org.tootkey.outbound.OutboundProblem;
import org.tootkey.outbound.OutboundProperties;

/**
 * Finds out what a server is and whether a bot can get credentials there. The probes
 * ({@link ServerProbes}) run in parallel under one total deadline; a profile is cached
 * briefly so a repeat look-up sends no request, and people looking up the same server at
 * once share one set of probes.
 */
@Service
public class ServerDiscovery {

	static final String CACHE = "server-profiles";

	/** A name that resolves wherever DNS works. */
	static final String DNS_PROBE = "mastodon.social";

	private final DnsResolver resolver;

	private final ServerProbes probes;

	private final boolean allowLocal;

	private final AsyncCache<Object, Object> cache;

	ServerDiscovery(OutboundClient client, ThreadPoolTaskExecutor discoveryExecutor, CacheManager cacheManager,
			Clock clock, TootkeyProperties properties, OutboundProperties limits, DnsResolver resolver) {
		this.resolver = resolver;
		this.allowLocal = properties.allowLocalServers();
		this.probes = new ServerProbes(client, discoveryExecutor, clock, this.allowLocal, limits.deadline().toMillis());
		this.cache = ((CaffeineCache) cacheManager.getCache(CACHE)).getAsyncCache();
	}

	/**
	 * Whether {@link #discover} would answer this address from the cache, sending no
	 * request (a handle always needs its WebFinger look-up).
	 */
	public boolean isCached(ServerAddress address) {
		if (address.account() != null) {
			return false;
		}
		CompletableFuture<Object> known = this.cache.getIfPresent(address);
		return known != null && known.isDone() && !known.isCompletedExceptionally();
	}

	/**
	 * Discovers the server behind an address. For a handle or a profile URL the account's
	 * real server is found first (WebFinger, then host-meta).
	 * @throws DiscoveryException when the server cannot be used, with the reason
	 */
	public ServerProfile discover(ServerAddress address) {
		try {
			return lookUp(address);
		}
		catch (DiscoveryException ex) {
			OutboundProblem problem = ex.problem().orElse(null);
			if (problem == OutboundProblem.NAME_NOT_FOUND) {
				throw nameNotFound(address, ex);
			}
			if (problem == OutboundProblem.PLAIN_HTTP && this.allowLocal) {
				throw new PlainHttpException(address);
			}
			throw ex;
		}
	}

	/**
	 * A name that does not resolve is not always a typo: if a well-known name does not
	 * resolve either (asked of the same resolver, DNS only, no request), it is Tootkey's
	 * own name look-up that is down; otherwise, perhaps a well-known server is a typo
	 * away.
	 */
	private DiscoveryException nameNotFound(ServerAddress address, DiscoveryException ex) {
		try {
			this.resolver.resolve(DNS_PROBE);
		}
		catch (UnknownHostException | RuntimeException down) {
			return new DiscoveryException("server.error.dns-down");
		}
		String host = address.displayHost();
		return NearMiss.of(address.host())
			.<DiscoveryException>map((near) -> new NameNotFoundException(host, near))
			.orElse(ex);
	}

	private ServerProfile lookUp(ServerAddress address) {
		ServerAddress server = (address.account() != null) ? this.probes.accountServer(address) : address;
		// Many people looking up the same new server at once share one set of probes, run
		// on the first one's thread; a failed look-up is not kept.
		CompletableFuture<Object> mine = new CompletableFuture<>();
		CompletableFuture<Object> shared = this.cache.get(server, (key, executor) -> mine);
		if (shared != mine) {
			return (ServerProfile) this.probes.awaitShared(shared, server);
		}
		try {
			ServerProfile profile = this.probes.profile(server);
			mine.complete(profile);
			return profile;
		}
		catch (Throwable ex) {
			// Errors too: whoever shares this look-up must not wait for a result that
			// never comes.
			mine.completeExceptionally(ex);
			throw ex;
		}
	}

}
