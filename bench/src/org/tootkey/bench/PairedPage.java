package org.tootkey.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Before and after for one page, on a machine whose speed drifts (issue 16): two Tootkeys
 * run side by side (A and B, e.g. two jars), and one client asks each in turn for the same
 * page, switching who goes first every other request. Around every request it reads that
 * Tootkey's threads' CPU time ({@code /proc/PID/task/*}/schedstat, in ns), so both pay the
 * same moment's noise:
 *
 * <pre>java -cp bench/target/classes org.tootkey.bench.PairedPage PID_A PORT_A PID_B PORT_B /path [n [rounds [/path-at-B]]]</pre>
 *
 * An A/A run (the same jar twice) gave B/A = 1.01–1.03 here. Only pages without a session
 * (the start page, a static file) are reachable this way.
 */
public final class PairedPage {

	private PairedPage() {
	}

	static long cpuNanos(long pid) throws IOException {
		long sum = 0;
		try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
			for (Path task : (Iterable<Path>) tasks::iterator) {
				try {
					String s = Files.readString(task.resolve("schedstat"));
					sum += Long.parseLong(s.substring(0, s.indexOf(' ')));
				}
				catch (IOException | RuntimeException ended) {
					// the thread ended meanwhile
				}
			}
		}
		return sum;
	}

	public static void main(String[] args) throws Exception {
		long pidA = Long.parseLong(args[0]);
		long pidB = Long.parseLong(args[2]);
		String path = args[4];
		int n = (args.length > 5) ? Integer.parseInt(args[5]) : 3000;
		int rounds = (args.length > 6) ? Integer.parseInt(args[6]) : 3;
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpRequest a = request(args[1], path);
		String pathB = (args.length > 7) ? args[7] : path;
		HttpRequest b = request(args[3], pathB);
		for (int i = 0; i < n; i++) {
			client.send(a, HttpResponse.BodyHandlers.discarding());
			client.send(b, HttpResponse.BodyHandlers.discarding());
		}
		for (int round = 1; round <= rounds; round++) {
			long[] used = new long[2];
			for (int i = 0; i < n; i++) {
				boolean aFirst = (i & 1) == 0;
				used[aFirst ? 0 : 1] += timed(client, aFirst ? a : b, aFirst ? pidA : pidB);
				used[aFirst ? 1 : 0] += timed(client, aFirst ? b : a, aFirst ? pidB : pidA);
			}
			System.out.printf("%s round %d: A %.0f µs, B %.0f µs per request, B/A %.3f%n",
					path.equals(pathB) ? path : path + " vs " + pathB, round,
					used[0] / 1000.0 / n, used[1] / 1000.0 / n, (double) used[1] / used[0]);
		}
	}

	static HttpRequest request(String port, String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", "text/html")
			.header("Accept-Language", "en")
			.build();
	}

	static long timed(HttpClient client, HttpRequest request, long pid) throws Exception {
		long before = cpuNanos(pid);
		client.send(request, HttpResponse.BodyHandlers.discarding());
		return cpuNanos(pid) - before;
	}

}
