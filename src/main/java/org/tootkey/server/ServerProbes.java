package org.tootkey.server;

import java.net.URI;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.tootkey.outbound.OutboundClient;
import org.tootkey.outbound.OutboundException;
import org.tootkey.outbound.OutboundProblem;

/**
 * The calls that find out what a server is, each under one total deadline: OAuth
 * metadata, instance information and NodeInfo in parallel, and for a handle the WebFinger
 * and host-meta chain. Calls run on the discovery executor; past the deadline the visitor
 * gets the timeout page. {@link ServerDiscovery} decides when to call (its cache, shared
 * look-ups); this class only calls.
 */
final class ServerProbes {

	private final OutboundClient client;

	private final ThreadPoolTaskExecutor executor;

	private final Clock clock;

	private final boolean allowLocal;

	private final long deadlineMillis;

	ServerProbes(OutboundClient client, ThreadPoolTaskExecutor executor, Clock clock, boolean allowLocal,
			long deadlineMillis) {
		this.client = client;
		this.executor = executor;
		this.clock = clock;
		this.allowLocal = allowLocal;
		this.deadlineMillis = deadlineMillis;
	}

	/**
	 * WebFinger, host-meta and their redirects under one deadline for the whole chain (a
	 * chain of slow answers once held a request thread for 43 s): past it the visitor
	 * gets the timeout page, and the chain itself starts no further call.
	 */
	ServerAddress accountServer(ServerAddress handle) {
		long deadline = System.nanoTime() + totalNanos();
		AccountLookup lookup = new AccountLookup(this.client, this.allowLocal, deadline);
		return await(async(() -> lookup.serverOf(handle)), deadline, handle);
	}

	/** What the server is, from the three probes. */
	ServerProfile profile(ServerAddress server) {
		URI base = server.baseUri();
		long deadline = System.nanoTime() + totalNanos();
		CompletableFuture<Fetched> metadata = async(
				() -> fetch(base.resolve("/.well-known/oauth-authorization-server")));
		CompletableFuture<Fetched> instance = async(() -> fetchInstance(base));
		CompletableFuture<NodeInfo> nodeInfo = async(() -> NodeInfo.fetch(this.client, server));
		Fetched meta = await(metadata, deadline, server);
		Fetched info = await(instance, deadline, server);
		// NodeInfo takes two round trips in a row. Mastodon itself needs neither: its
		// OAuth metadata and v2 instance say everything, so it is not waited for. Every
		// other server gets until the deadline (it names the program, and its quirks).
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

	/**
	 * Waits for a look-up another visitor started, as long as one's own would take.
	 */
	<T> T awaitShared(CompletableFuture<T> future, ServerAddress server) {
		return await(future, System.nanoTime() + totalNanos(), server);
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

	private Fetched fetch(URI uri) {
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
			throw new DiscoveryException(OutboundProblem.BUSY, OutboundProblem.BUSY.messageKey());
		}
	}

}
