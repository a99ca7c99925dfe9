package org.tootkey.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;

import org.tootkey.fake.SelfSignedHttps;
import org.tootkey.fake.Fault;
import org.tootkey.fake.FakeMastodon;
import org.tootkey.fake.ServerMode;

/**
 * The fake side of the benchmarks, in its own JVM: {@code count} fake Mastodon 4.5 servers
 * on consecutive ports from {@code basePort} (fake 0 carries the load; the others give a
 * cold, uncached discovery each), an https server with a self-signed certificate for the TLS
 * case, and a small control API on {@code controlPort} so the driver can set latency and
 * faults and check tokens. Loopback only.
 *
 * <pre>java -cp bench/target/classes:target/test-classes org.tootkey.bench.BenchFake 18100 90 18099 keystore.p12</pre>
 */
public final class BenchFake {

	public static void main(String[] args) throws Exception {
		int basePort = Integer.parseInt(args[0]);
		int count = Integer.parseInt(args[1]);
		int controlPort = Integer.parseInt(args[2]);
		Path keystore = Path.of(args[3]);
		List<FakeMastodon> fakes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			FakeMastodon fake = FakeMastodon.start(ServerMode.MASTODON_4_5, basePort + i);
			fake.recordRequests(false);
			fakes.add(fake);
		}
		// Answers like an instance endpoint, but with a certificate nobody trusts.
		HttpsServer tls = SelfSignedHttps.start(keystore.toAbsolutePath().getParent(),
				"{\"domain\":\"127.0.0.1\",\"title\":\"TLS fake\"}");
		HttpServer control = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), controlPort), 64);
		control.setExecutor(Executors.newFixedThreadPool(4));
		control.createContext("/", (exchange) -> {
			try {
				answer(exchange, 200, handle(exchange, fakes, tls));
			}
			catch (RuntimeException ex) {
				answer(exchange, 400, ex.toString());
			}
		});
		control.start();
		System.out.println("bench fakes: " + count + " from port " + basePort + ", tls on " + tls.getAddress().getPort()
				+ ", control on " + controlPort);
		new CountDownLatch(1).await();
	}

	private static String handle(HttpExchange exchange, List<FakeMastodon> fakes, HttpsServer tls) throws IOException {
		URI uri = exchange.getRequestURI();
		Map<String, String> q = query(uri.getRawQuery());
		FakeMastodon fake = fakes.get(Integer.parseInt(q.getOrDefault("fake", "0")));
		switch (uri.getPath()) {
			case "/latency" -> {
				Duration latency = Duration.ofMillis(Long.parseLong(q.get("ms")));
				fakes.forEach((f) -> f.latency(latency));
				return "ok";
			}
			case "/fault" -> {
				String name = q.getOrDefault("fault", "");
				fake.fault(q.get("path"), name.isEmpty() ? null : Fault.valueOf(name));
				return "ok";
			}
			case "/clear" -> {
				fake.clearFaults();
				return "ok";
			}
			case "/count" -> {
				return Long.toString(fake.requestCount());
			}
			case "/tls" -> {
				return "https://127.0.0.1:" + tls.getAddress().getPort();
			}
			case "/tokens" -> {
				// body: one "token" per line; answer: "token clientId username valid" per line
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				StringBuilder out = new StringBuilder();
				for (String token : body.split("\n")) {
					if (token.isBlank()) {
						continue;
					}
					out.append(token).append(' ').append(fake.clientIdOfToken(token).orElse("-")).append(' ')
						.append(fake.usernameOfToken(token).orElse("-")).append(' ').append(fake.tokenIsValid(token))
						.append('\n');
				}
				return out.toString();
			}
			default -> throw new IllegalArgumentException("unknown " + uri.getPath());
		}
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> q = new HashMap<>();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				int eq = pair.indexOf('=');
				q.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
						eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return q;
	}

	private static void answer(HttpExchange exchange, int status, String text) throws IOException {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
