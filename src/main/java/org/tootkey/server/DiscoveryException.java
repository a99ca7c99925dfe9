package org.tootkey.server;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

import org.tootkey.MessageKeys;
import org.tootkey.TootkeyException;
import org.tootkey.outbound.OutboundProblem;
import org.tootkey.outbound.OutboundResponse;

/**
 * The server could not be used. Carries a message key and, for some keys, one argument we
 * produced ourselves (a program's name, a wait in minutes), never upstream text. When the
 * server never answered, {@link #problem()} says why.
 */
public class DiscoveryException extends TootkeyException {

	private static final long serialVersionUID = 1L;

	private final OutboundProblem problem;

	public DiscoveryException(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	DiscoveryException(OutboundProblem problem, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.problem = problem;
	}

	/** The server got no answer: {@code server.error.<problem>}, naming the server. */
	public static DiscoveryException noAnswer(OutboundProblem problem, String host) {
		return new DiscoveryException(problem, "server.error." + MessageKeys.slug(problem), host);
	}

	/** Why the server never answered, if that is why it cannot be used. */
	public Optional<OutboundProblem> problem() {
		return Optional.ofNullable(this.problem);
	}

	/**
	 * Why a server whose instance document could not be read cannot be used, most telling
	 * reason first: a program without the Mastodon API, a rate limit, no answer, an
	 * error, a private server, a web page instead of JSON.
	 */
	static DiscoveryException unusable(ServerAddress server, Fetched metadata, Fetched instance, NodeInfo nodeInfo,
			Clock clock) {
		String host = server.displayHost();
		String withoutApi = KnownSoftware.withoutMastodonApi(nodeInfo.software());
		if (withoutApi != null) {
			String ownTokens = KnownSoftware.ownTokenPage(nodeInfo.software());
			return new DiscoveryException("server.error.no-mastodon-api" + ((ownTokens != null) ? "." + ownTokens : ""),
					host, withoutApi);
		}
		if (instance.status() == 429) {
			OptionalLong wait = instance.retryAfter(clock);
			return wait.isPresent()
					? new DiscoveryException("server.error.rate-limited", host, minutes(wait.getAsLong()))
					: new DiscoveryException("server.error.rate-limited-unknown", host);
		}
		if (!instance.responded()) {
			return noAnswer(instance.problem(), host);
		}
		if (instance.status() >= 500) {
			return new DiscoveryException("server.error.server-error", host);
		}
		if (instance.status() == 401 || instance.status() == 403) {
			return new DiscoveryException("server.error.private-instance", host);
		}
		if (instance.status() / 100 == 2 && isWebPage(instance.response())) {
			return new DiscoveryException("server.error.not-json", host);
		}
		if (nodeInfo.software() != null) {
			return new DiscoveryException("server.error.api-unusable", host, nodeInfo.software());
		}
		return new DiscoveryException("server.error.not-mastodon", host);
	}

	/**
	 * A web page where JSON should be (a site that answers every address with a page).
	 */
	private static boolean isWebPage(OutboundResponse response) {
		return response.isHtml() || response.text().stripLeading().startsWith("<");
	}

	static long minutes(long seconds) {
		return Math.max(1, (seconds + 59) / 60);
	}

}
