package org.tootkey.server;

import java.net.URI;
import java.net.UnknownHostException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import org.apache.hc.client5.http.DnsResolver;

import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.CacheManager;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.tootkey.TootkeyProperties;
import org.tootkey.outbound.OutboundClient;
import org.tootkey.outbound.OutboundException;
import org.tootkey.outbound.OutboundProblem;
import org.tootkey.outbound.OutboundProperties;
import org.tootkey.outbound.OutboundResponse;

/**
 * Finds out what a server is and whether a bot can get credentials there. Probes run in
 * parallel (OAuth metadata, instance information, NodeInfo) under one total deadline; a
 * profile is cached briefly so a repeat look-up sends no request.
 */
@Service
public class ServerDiscovery {

	static final String CACHE = "server-profiles";

	private static final String NAME_NOT_FOUND = "server.error.name-not-found";

	private static final String PLAIN_HTTP = "server.error.plain-http";

	/** A name that resolves wherever DNS works. */
	static final String DNS_PROBE = "mastodon.social";

	private final DnsResolver resolver;

	private final OutboundClient client;

	private final ThreadPoolTaskExecutor executor;

	private final AsyncCache<Object, Object> cache;

	private final Clock clock;

	private final boolean allowLocal;

	private final long deadlineMillis;

	ServerDiscovery(OutboundClient client, ThreadPoolTaskExecutor discoveryExecutor, CacheManager cacheManager,
			Clock clock, TootkeyProperties properties, OutboundProperties limits, DnsResolver resolver) {
		this.resolver = resolver;
		this.client = client;
		this.executor = discoveryExecutor;
		this.cache = ((CaffeineCache) cacheManager.getCache(CACHE)).getAsyncCache();
		this.clock = clock;
		this.allowLocal = properties.allowLocalServers();
		this.deadlineMillis = limits.deadline().toMillis();
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
			if (NAME_NOT_FOUND.equals(ex.messageKey())) {
				throw nameNotFound(address, ex);
			}
			if (PLAIN_HTTP.equals(ex.messageKey()) && this.allowLocal) {
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
		ServerAddress server = (address.account() != null) ? accountServer(address) : address;
		// Many people looking up the same new server at once share one set of probes, run
		// on
		// the first one's thread; a failed look-up is not kept.
		CompletableFuture<Object> mine = new CompletableFuture<>();
		CompletableFuture<Object> shared = this.cache.get(server, (key, executor) -> mine);
		if (shared != mine) {
			return (ServerProfile) await(shared, System.nanoTime() + totalNanos(), server);
		}
		try {
			ServerProfile profile = probe(server);
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

	/**
	 * WebFinger, host-meta and their redirects under one deadline for the whole chain (a
	 * chain of slow answers once held a request thread for 43 s): past it the visitor
	 * gets the timeout page, and the chain itself starts no further call.
	 */
	private ServerAddress accountServer(ServerAddress handle) {
		long deadline = System.nanoTime() + totalNanos();
		AccountLookup lookup = new AccountLookup(this.client, this.allowLocal, deadline);
		return await(async(() -> lookup.serverOf(handle)), deadline, handle);
	}

	private ServerProfile probe(ServerAddress server) {
		URI base = server.baseUri();
		long deadline = System.nanoTime() + totalNanos();
		CompletableFuture<Fetched> metadata = async(
				() -> fetch(base.resolve("/.well-known/oauth-authorization-server")));
		CompletableFuture<Fetched> instance = async(() -> fetchInstance(base));
		CompletableFuture<NodeInfo> nodeInfo = async(() -> NodeInfo.fetch(this.client, server));
		Fetched meta = await(metadata, deadline, server);
		Fetched info = await(instance, deadline, server);
		// NodeInfo takes two round trips in a row. Mastodon itself needs neither: its
		// OAuth
		// metadata and v2 instance say everything, so it is not waited for. Every other
		// server gets until the deadline (it names the program, and its quirks).
		NodeInfo software = isMastodon(meta, info) ? nodeInfo.getNow(NodeInfo.NONE) : awaitOr(nodeInfo, deadline);
		return ProfileReader.read(server, meta, info, software, this.clock);
	}

	/**
	 * Mastodon's own code: OAuth metadata and a v2 instance naming Mastodon's repository.
	 */
	static boolean isMastodon(Fetched metadata, Fetched instance) {
		boolean hasMetadata = metadata.isJsonObjectWith("authorization_endpoint");
		String source = instance.jsonObject().map((json) -> json.path("source_url").asString("")).orElse("");
		return hasMetadata && source.matches("https://github\\.com/mastodon/mastodon/?");
	}

	private long totalNanos() {
		return TimeUnit.MILLISECONDS.toNanos(this.deadlineMillis + 1000);
	}

	private static <T> T await(CompletableFuture<T> future, long deadline, ServerAddress server) {
		try {
			return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			throw new DiscoveryException("server.error.timeout", server.displayHost());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DiscoveryException("server.error.timeout", server.displayHost());
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof DiscoveryException discovery) {
				throw discovery;
			}
			throw new DiscoveryException("server.error.unreachable", server.displayHost());
		}
	}

	private static NodeInfo awaitOr(CompletableFuture<NodeInfo> future, long deadline) {
		try {
			return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			return NodeInfo.NONE;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return NodeInfo.NONE;
		}
	}

	private Fetched fetchInstance(URI base) {
		Fetched v2 = fetch(base.resolve("/api/v2/instance"));
		if (v2.isJsonObjectWith("domain") || v2.isJsonObjectWith("title")) {
			return v2;
		}
		Fetched v1 = fetch(base.resolve("/api/v1/instance"));
		return (v1.isJsonObjectWith("uri") || v1.isJsonObjectWith("title") || !v2.responded()) ? v1 : v2;
	}

	Fetched fetch(URI uri) {
		try {
			return Fetched.of(this.client.get(uri));
		}
		catch (OutboundException ex) {
			return Fetched.failed(ex.problem());
		}
	}

	private <T> CompletableFuture<T> async(Supplier<T> task) {
		try {
			return CompletableFuture.supplyAsync(task, this.executor);
		}
		catch (RejectedExecutionException ex) {
			throw new DiscoveryException(OutboundProblem.BUSY.messageKey());
		}
	}

}
