package org.tootkey.outbound;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Connections the server closes (issue 10), against a raw-socket server that records on
 * which connection each request arrived: a dead pooled connection costs a read one more
 * try on a new connection, never an error; a write never rides a pooled connection and is
 * never sent twice.
 */
class OutboundConnectionTests {

	private static final OutboundProperties LIMITS = new OutboundProperties(Duration.ofSeconds(2),
			Duration.ofSeconds(2), Duration.ofMillis(1500), DataSize.ofMegabytes(1), 4, Duration.ZERO);

	/** What the raw server does on each connection. */
	enum Behaviour {

		/** Answers every request (Content-Length, no Connection header). */
		KEEP_ALIVE,
		/** Answers one request, then closes a moment later without saying so. */
		CLOSE_AFTER_ONE_ANSWER_SOON,
		/** Reads the request and closes without any answer. */
		DROP_WITHOUT_ANSWER

	}

	/**
	 * One request as the server saw it: method, which connection, and its number on it (1
	 * = first).
	 */
	record Seen(String method, int connection, int onConnection) {
	}

	private final List<Seen> seen = new CopyOnWriteArrayList<>();

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private ServerSocket listener;

	@AfterEach
	void stop() throws IOException {
		if (this.listener != null) {
			this.listener.close();
		}
		this.threads.shutdownNow();
	}

	@Test
	void getWhenServerSilentlyClosedThePooledConnectionThenSentOnceMoreOnANewOneAndAnswered() {
		URI base = start(Behaviour.CLOSE_AFTER_ONE_ANSWER_SOON);
		OutboundClient client = client();
		assertThat(client.get(base.resolve("/one")).status()).isEqualTo(200);
		assertThat(client.get(base.resolve("/two")).status()).isEqualTo(200);
		assertThat(this.seen).extracting(Seen::onConnection).containsExactly(1, 1);
		assertThat(this.seen).extracting(Seen::connection).containsExactly(1, 2);
	}

	@Test
	void postWhenAPooledConnectionIsAtHandThenGoesOutOnANewConnection() {
		URI base = start(Behaviour.KEEP_ALIVE);
		OutboundClient client = client();
		client.get(base.resolve("/instance"));
		client.get(base.resolve("/instance"));
		client.send(HttpMethod.POST, base.resolve("/api/v1/apps"),
				MultiValueMap.fromSingleValue(Map.of("client_name", "bot")), null);
		client.send(HttpMethod.POST, base.resolve("/oauth/token"), MultiValueMap.fromSingleValue(Map.of("code", "c")),
				null);
		assertThat(this.seen).extracting(Seen::method).containsExactly("GET", "GET", "POST", "POST");
		assertThat(this.seen.get(1).connection()).as("reads share a connection").isEqualTo(1);
		assertThat(this.seen.subList(2, 4)).as("each write is the first request on its connection")
			.extracting(Seen::onConnection)
			.containsExactly(1, 1);
		assertThat(this.seen.subList(2, 4)).extracting(Seen::connection).containsExactly(2, 3);
	}

	@Test
	void postWhenConnectionEndsWithoutAnAnswerThenFailsAndIsNotSentAgain() {
		URI base = start(Behaviour.DROP_WITHOUT_ANSWER);
		assertThatExceptionOfType(OutboundException.class)
			.isThrownBy(() -> client().send(HttpMethod.POST, base.resolve("/api/v1/apps"),
					MultiValueMap.fromSingleValue(Map.of("client_name", "bot")), null))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(OutboundProblem.UNREACHABLE));
		assertThat(this.seen).hasSize(1);
	}

	@Test
	void getWhenANewConnectionEndsWithoutAnAnswerThenFailsWithoutAnotherTry() {
		URI base = start(Behaviour.DROP_WITHOUT_ANSWER);
		assertThatExceptionOfType(OutboundException.class).isThrownBy(() -> client().get(base.resolve("/instance")));
		assertThat(this.seen).hasSize(1);
	}

	private OutboundClient client() {
		var factory = OutboundConfiguration.requestFactory(LIMITS, OutboundAddresses.any(),
				org.apache.hc.client5.http.SystemDefaultDnsResolver.INSTANCE, OutboundConfiguration.ALARMS);
		return new OutboundClient(factory, new ConcurrencyCap(LIMITS), java.util.List.of());
	}

	private URI start(Behaviour behaviour) {
		try {
			this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		AtomicInteger connections = new AtomicInteger();
		this.threads.execute(() -> {
			while (!this.listener.isClosed()) {
				try {
					Socket socket = this.listener.accept();
					int connection = connections.incrementAndGet();
					this.threads.execute(() -> serve(socket, connection, behaviour));
				}
				catch (IOException ex) {
					return;
				}
			}
		});
		return URI.create("http://127.0.0.1:" + this.listener.getLocalPort());
	}

	private void serve(Socket socket, int connection, Behaviour behaviour) {
		try (socket) {
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			OutputStream out = socket.getOutputStream();
			for (int n = 1;; n++) {
				String requestLine = in.readLine();
				if (requestLine == null) {
					return;
				}
				int length = 0;
				for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
					if (line.toLowerCase().startsWith("content-length:")) {
						length = Integer.parseInt(line.substring(15).trim());
					}
				}
				in.skip(length);
				this.seen.add(new Seen(requestLine.substring(0, requestLine.indexOf(' ')), connection, n));
				if (behaviour == Behaviour.DROP_WITHOUT_ANSWER) {
					return;
				}
				out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
					.getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
				if (behaviour == Behaviour.CLOSE_AFTER_ONE_ANSWER_SOON) {
					// long enough for the client to send its next request on this
					// connection
					Thread.sleep(150);
					return;
				}
			}
		}
		catch (IOException | InterruptedException ex) {
			// the test is over or the client went away
		}
	}

}
