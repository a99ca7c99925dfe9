package org.tootkey.exchanges;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls one visitor's wizard made to their server, in order, for the "technical
 * details" on the last pages: method, URL, status, duration and bodies, with every secret
 * already replaced by {@link Redaction#MARK} when recorded. Bounded
 * ({@value #MAX_ENTRIES} calls, bodies cut at {@value Redaction#MAX_BODY} characters) and
 * serializable, so it can live in the HTTP session; nothing in it can be used against the
 * visitor.
 *
 * <p>
 * Whoever makes calls on a visitor's behalf binds their log to the current thread with
 * {@link #bind(ExchangeLog)}; the outbound client records into the bound log, if any.
 * Tasks handed to other threads carry it along through {@link #carry(Runnable)}.
 */
public final class ExchangeLog implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** At most this many calls are kept; older ones are dropped first. */
	public static final int MAX_ENTRIES = 50;

	private static final ThreadLocal<ExchangeLog> CURRENT = new ThreadLocal<>();

	private final List<Exchange> entries = new ArrayList<>();

	/**
	 * One call: what was asked, what came back (or what failed), and how long it took.
	 */
	public record Exchange(String method, String url, boolean authorized, String requestBody, int status,
			String failure, long millis, String responseBody) implements Serializable {
	}

	/** The calls so far, oldest first. */
	public synchronized List<Exchange> entries() {
		return List.copyOf(this.entries);
	}

	public synchronized void clear() {
		this.entries.clear();
	}

	synchronized void add(Exchange exchange) {
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.remove(0);
		}
		this.entries.add(exchange);
	}

	/** The log bound to this thread, or null. */
	public static ExchangeLog current() {
		return CURRENT.get();
	}

	/**
	 * Records this thread's calls into {@code log} until the returned binding is closed.
	 */
	public static Binding bind(ExchangeLog log) {
		ExchangeLog previous = CURRENT.get();
		CURRENT.set(log);
		return () -> {
			if (previous != null) {
				CURRENT.set(previous);
			}
			else {
				CURRENT.remove();
			}
		};
	}

	/** The task, recording into this thread's log when it runs on another thread. */
	public static Runnable carry(Runnable task) {
		ExchangeLog log = CURRENT.get();
		if (log == null) {
			return task;
		}
		return () -> {
			try (Binding binding = bind(log)) {
				task.run();
			}
		};
	}

	/** Ends a {@link #bind(ExchangeLog) binding}. */
	@FunctionalInterface
	public interface Binding extends AutoCloseable {

		@Override
		void close();

	}

}
