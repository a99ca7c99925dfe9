package org.tootkey.outbound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The guarded client against a tiny local server that misbehaves on purpose. */
class OutboundClientTests {

	private static final OutboundProperties LIMITS = new OutboundProperties(Duration.ofSeconds(2),
			Duration.ofSeconds(2), Duration.ofMillis(1500), DataSize.ofMegabytes(1), 2, Duration.ofMillis(500));

	private HttpServer server;

	private ExecutorService serverThreads;

	private final CountDownLatch release = new CountDownLatch(1);

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.serverThreads = Executors.newFixedThreadPool(8);
		this.server.setExecutor(this.serverThreads);
		this.server.createContext("/ok", (ex) -> send(ex, 200, "{\"ok\":true}".getBytes()));
		this.server.createContext("/big", (ex) -> send(ex, 200, new byte[2 * 1024 * 1024]));
		this.server.createContext("/chunked-big", (ex) -> {
			ex.sendResponseHeaders(200, 0);
			try (OutputStream out = ex.getResponseBody()) {
				for (int i = 0; i < 2048; i++) {
					out.write(new byte[1024]);
				}
			}
			catch (IOException ignored) {
				// the client hung up, as it should
			}
		});
		this.server.createContext("/gzip-bomb", (ex) -> {
			ByteArrayOutputStream compressed = new ByteArrayOutputStream();
			try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
				gzip.write(new byte[8 * 1024 * 1024]);
			}
			ex.getResponseHeaders().add("Content-Encoding", "gzip");
			send(ex, 200, compressed.toByteArray());
		});
		this.server.createContext("/drip", (ex) -> {
			ex.sendResponseHeaders(200, 0);
			try (OutputStream out = ex.getResponseBody()) {
				for (int i = 0; i < 100; i++) {
					out.write('x');
					out.flush();
					Thread.sleep(200);
				}
			}
			catch (IOException | InterruptedException ignored) {
				// the client hung up, as it should
			}
		});
		this.server.createContext("/redirect", (ex) -> {
			ex.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
			send(ex, 302, new byte[0]);
		});
		this.server.createContext("/hold", (ex) -> {
			try {
				this.release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ignored) {
				Thread.currentThread().interrupt();
			}
			send(ex, 200, "{}".getBytes());
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.release.countDown();
		this.server.stop(0);
		this.serverThreads.shutdownNow();
	}

	@Test
	void getWhenServerAnswersThenReturnsStatusAndJson() {
		OutboundResponse response = client(true).get(uri("/ok"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json()).hasValueSatisfying((json) -> assertThat(json.path("ok").asBoolean()).isTrue());
	}

	@Test
	void getWhenAddressIsLoopbackAndLocalServersNotAllowedThenAddressNotAllowed() {
		assertProblem(() -> client(false).get(uri("/ok")), OutboundProblem.ADDRESS_NOT_ALLOWED);
		assertProblem(() -> client(false).get(URI.create("http://localhost:" + port() + "/ok")),
				OutboundProblem.ADDRESS_NOT_ALLOWED);
	}

	@Test
	void getWhenDeclaredBodyIsOverTheCapThenTooLarge() {
		assertProblem(() -> client(true).get(uri("/big")), OutboundProblem.TOO_LARGE);
	}

	@Test
	void getWhenStreamedBodyIsOverTheCapThenTooLarge() {
		assertProblem(() -> client(true).get(uri("/chunked-big")), OutboundProblem.TOO_LARGE);
	}

	@Test
	void getWhenBodyDecompressesPastTheCapThenTooLarge() {
		assertProblem(() -> client(true).get(uri("/gzip-bomb")), OutboundProblem.TOO_LARGE);
	}

	@Test
	void getWhenServerDripsBytesThenCutOffAtTheDeadline() {
		long start = System.nanoTime();
		assertProblem(() -> client(true).get(uri("/drip")), OutboundProblem.TIMEOUT);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
	}

	@Test
	void getWhenServerRedirectsThenTheRedirectIsNotFollowed() {
		OutboundResponse response = client(true).get(uri("/redirect"));
		assertThat(response.status()).isEqualTo(302);
	}

	@Test
	void getWhenTooManyCallsAreUnderWayThenBusyWithoutCalling() throws Exception {
		OutboundClient client = client(true);
		ExecutorService callers = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = callers.submit(() -> client.get(uri("/hold")));
			Future<?> second = callers.submit(() -> client.get(uri("/hold")));
			Thread.sleep(300);
			long start = System.nanoTime();
			assertProblem(() -> client.get(uri("/ok")), OutboundProblem.BUSY);
			// it waited its turn for the permit wait (500 ms), no longer
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(450),
					Duration.ofSeconds(3));
			this.release.countDown();
			first.get(5, TimeUnit.SECONDS);
			second.get(5, TimeUnit.SECONDS);
			assertThat(client.get(uri("/ok")).status()).isEqualTo(200);
		}
		finally {
			callers.shutdownNow();
		}
	}

	@Test
	void getWhenAtTheCapThenWaitsItsTurnAndSucceedsWhenACallEndsWithinThePermitWait() throws Exception {
		OutboundClient client = client(true, new OutboundProperties(Duration.ofSeconds(2), Duration.ofSeconds(5),
				Duration.ofSeconds(8), DataSize.ofMegabytes(1), 2, Duration.ofSeconds(5)));
		ExecutorService callers = Executors.newFixedThreadPool(3);
		try {
			Future<?> first = callers.submit(() -> client.get(uri("/hold")));
			Future<?> second = callers.submit(() -> client.get(uri("/hold")));
			Thread.sleep(300);
			Future<OutboundResponse> third = callers.submit(() -> client.get(uri("/ok")));
			Thread.sleep(300);
			assertThat(third).isNotDone();
			this.release.countDown();
			assertThat(third.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
			first.get(5, TimeUnit.SECONDS);
			second.get(5, TimeUnit.SECONDS);
		}
		finally {
			callers.shutdownNow();
		}
	}

	@Test
	void getWhenNameDoesNotExistThenNameNotFound() {
		assertProblem(() -> client(true).get(URI.create("https://name-that-does-not-exist.invalid/")),
				OutboundProblem.NAME_NOT_FOUND);
	}

	@Test
	void getWhenNothingListensThenConnectionRefused() throws IOException {
		int closedPort;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		assertProblem(() -> client(true).get(URI.create("http://127.0.0.1:" + closedPort + "/")),
				OutboundProblem.CONNECTION_REFUSED);
	}

	private void assertProblem(Runnable call, OutboundProblem expected) {
		assertThatExceptionOfType(OutboundException.class).isThrownBy(call::run)
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(expected));
	}

	private OutboundClient client(boolean allowLocal) {
		return client(allowLocal, LIMITS);
	}

	private OutboundClient client(boolean allowLocal, OutboundProperties limits) {
		var factory = OutboundConfiguration.requestFactory(limits,
				allowLocal ? OutboundAddresses.any() : OutboundAddresses.publicOnly(),
				org.apache.hc.client5.http.SystemDefaultDnsResolver.INSTANCE, OutboundConfiguration.ALARMS);
		return new OutboundClient(factory, new ConcurrencyCap(limits), List.of());
	}

	private int port() {
		return this.server.getAddress().getPort();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port() + path);
	}

	private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
