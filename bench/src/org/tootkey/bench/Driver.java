package org.tootkey.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load driver (issue 7). Plain Java 17, a fixed pool of platform threads, one JDK
 * HttpClient (with its own cookies) per simulated person. Talks only to 127.0.0.1.
 *
 * <pre>
 * java -cp bench/target/classes org.tootkey.bench.Driver wizard APP_PORT CONTROL_PORT FAKE_BASE_PORT APP_PID OUT.md
 * java -cp bench/target/classes org.tootkey.bench.Driver startup JAVA TOOTKEY_JAR MINIMAL_JAR ROUNDS PORT OUT.md
 * </pre>
 *
 * Phases of {@code wizard}: memory after 1 journey; throughput at 100 users (10,000 journeys
 * in all, counting the first); memory after 10,000; overhead against the physical limit with
 * 50 ms latency (one person, after a warm-up of -Dbench.overheadWarmup=1500 journeys at
 * L = 0, and the same journey at L = 0 for what is not the network); heap per pending wizard session; soak (200 users, 60 s); fault catalogue.
 * Each phase can be skipped or resized with -Dbench.* properties (see {@code prop}).
 */
public final class Driver {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	static final Pattern HIDDEN = Pattern
		.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"[^>]*>");

	static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

	static final Pattern ERROR_ITEM = Pattern.compile("error-summary-list\"?>\\s*<li>\\s*<a[^>]*>([^<]*)<");

	/** The fake logs in by e-mail, like Mastodon: {@code bot@fake.social}. */
	static final String FAKE_EMAIL = "@fake.social";

	/** What a browser fetches after a page: stylesheets, icons, scripts, images (same origin). */
	static final Pattern ASSET = Pattern
		.compile("<(?:link[^>]*rel=\"(?:stylesheet|icon)\"[^>]*href|script[^>]*src|img[^>]*src)=\"([^\"]+)\"");

	static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

	/**
	 * -Dbench.assets=true: each person behaves more like a browser: fetches static files (see
	 * Person#assets) and asks for gzip.
	 */
	static final boolean ASSETS = Boolean.getBoolean("bench.assets");

	/** A body as text, gunzipped when the server compressed it. */
	static final HttpResponse.BodyHandler<String> GUNZIP = (info) -> HttpResponse.BodySubscribers
		.mapping(HttpResponse.BodySubscribers.ofByteArray(), (bytes) -> {
			try {
				boolean gzip = info.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip");
				return new String(gzip ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))
					.readAllBytes() : bytes, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});

	static final Pattern CLIENT_ID = Pattern.compile("[?&]client_id=([^&]+)");

	static final String[] STEPS = { "start", "start.submit", "server.page", "server.submit", "permissions.page",
			"permissions.submit", "authorize.page", "authorize.start", "fake.consent-page", "fake.consent-submit",
			"callback", "callback.second-hop", "authorized.page", "authorized.submit", "ready.page",
			"credentials.submit", "credentials.page", "assets" };

	static final StringBuilder report = new StringBuilder();

	static URI app;

	static URI control;

	static int fakeBase;

	static long appPid;

	static long fakePid;

	/** CPU time (user + system) a process has used so far, in ms; -1 if unknown. */
	static long cpuMillis(long pid) {
		if (pid <= 0) {
			return -1;
		}
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // clock ticks of 10 ms
		}
		catch (IOException ex) {
			return -1;
		}
	}

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		if (mode.equals("startup")) {
			startup(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]),
					Integer.parseInt(args[5]));
			write(Path.of(args[6]));
			return;
		}
		app = URI.create("http://127.0.0.1:" + args[1]);
		control = URI.create("http://127.0.0.1:" + args[2]);
		fakeBase = Integer.parseInt(args[3]);
		appPid = Long.parseLong(args[4]);
		Path out = Path.of(args[5]);
		fakePid = (args.length > 6) ? Long.parseLong(args[6]) : -1;
		if (mode.equals("cpu")) {
			line("## CPU per journey " + Instant.now());
			line("");
			try {
				cpuPerJourney(prop("users", 100), prop("warmup", 1000), prop("rounds", 3), prop("journeys", 1000),
						prop("latency", 0));
			}
			finally {
				write(out);
			}
			return;
		}
		line("## Wizard run " + Instant.now());
		line("");
		line("app pid " + appPid + ", driver JDK " + System.getProperty("java.version") + ", "
				+ Runtime.getRuntime().availableProcessors() + " CPUs");
		line("");
		try {
			if (on("memory")) {
				memoryAfterOne();
			}
			if (on("load")) {
				throughput(prop("users", 100), prop("journeys", 10_000));
			}
			if (on("overhead")) {
				overhead(prop("latency", 50));
			}
			if (on("sessions")) {
				sessionHeap(prop("sessions", 2000));
			}
			if (on("soak")) {
				soak(prop("soakUsers", 200), prop("soakSeconds", 60));
			}
			if (on("faults")) {
				faults();
			}
		}
		finally {
			write(out);
		}
	}

	static boolean on(String phase) {
		return Boolean.parseBoolean(System.getProperty("bench." + phase, "true"));
	}

	static int prop(String name, int fallback) {
		return Integer.getInteger("bench." + name, fallback);
	}

	static void line(String text) {
		System.out.println(text);
		synchronized (report) {
			report.append(text).append('\n');
		}
	}

	static void write(Path out) throws IOException {
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, report.toString());
		System.out.println("results written to " + out);
	}

	// ------------------------------------------------------------------ memory

	static long rssKb(long pid) {
		try {
			for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (l.startsWith("VmRSS:")) {
					return Long.parseLong(l.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return -1;
	}

	static String jcmd(long pid, String... command) throws Exception {
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				Long.toString(pid)));
		cmd.addAll(List.of(command));
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		p.waitFor();
		return output;
	}

	/** Heap used after two full GCs, in KB. */
	static long heapAfterGcKb() throws Exception {
		jcmd(appPid, "GC.run");
		Thread.sleep(200);
		jcmd(appPid, "GC.run");
		return heapUsedKb(jcmd(appPid, "GC.heap_info"));
	}

	/**
	 * Heap used from {@code jcmd GC.heap_info}: the sum of "used" over the heap's lines that
	 * carry a "total" (G1: one line; Serial and Parallel: one per generation), not Metaspace.
	 * JDK 17 prints {@code total 262144K, used 30000K}; JDK 25 prints
	 * {@code total reserved 262144K, committed 65536K, used 30000K}.
	 */
	static long heapUsedKb(String info) {
		Matcher m = HEAP_USED.matcher(info);
		long used = 0;
		boolean found = false;
		while (m.find()) {
			used += Long.parseLong(m.group(1));
			found = true;
		}
		if (!found) {
			throw new IllegalStateException("no heap info: " + info);
		}
		return used;
	}

	static final Pattern HEAP_USED = Pattern
		.compile("(?m)^\\s*\\S.*?\\btotal (?:reserved )?\\d+K,(?: committed \\d+K,)? used (\\d+)K");

	static long heapAfter1;

	static double threadsAtStart = -1;

	static long rssAfter1;

	static void memoryAfterOne() throws Exception {
		JourneyResult r = new Person(0).journey("bot", false);
		if (r.error != null) {
			throw new IllegalStateException("first journey failed: " + r.error);
		}
		heapAfter1 = heapAfterGcKb();
		rssAfter1 = rssKb(appPid);
		threadsAtStart = metric("jvm.threads.live");
		line("### Memory after 1 journey");
		line("");
		line("heap used after full GC: " + mb(heapAfter1) + ", RSS: " + mb(rssAfter1));
		line("");
	}

	static String mb(long kb) {
		return String.format("%.1f MiB", kb / 1024.0);
	}

	// ------------------------------------------------------------------ CPU per journey (warm)

	/**
	 * The figure to watch on a shared machine: Tootkey's CPU time (user + system, from
	 * /proc) per journey, after a warm-up, in {@code rounds} rounds of {@code perRound}
	 * journeys by {@code users} people at once; every failed journey is counted and named.
	 */
	interface Request {

		Resp send() throws Exception;

	}

	/**
	 * CPU per request, page by page (-Dbench.pages=N), after the rounds: one person walks a
	 * journey and, at each page, asks for it N times in a row (then does the same with the
	 * requests that can be repeated: Start, the sign-in redirect); Tootkey's CPU between the
	 * first and the last, divided by N. Then the same person walks N whole journeys, one after
	 * the other. Nobody else is on Tootkey, so this tells which request costs what; the static
	 * file is the floor any request pays (Tomcat, the filters) with no page to render.
	 */
	static void pageCosts(int n) throws Exception {
		line("");
		line(String.format("CPU per request, by page: one person, each request %d times in a row (warm JVM, "
				+ "`/proc` ticks over the whole batch):", n));
		line("");
		line("| request | Tootkey CPU µs per request |");
		line("|---|---|");
		Person p = new Person(0);
		pageCost(n, "static file `/css/tootkey.css` (not in the journey)", 200,
				() -> p.get("x", app.resolve("/css/tootkey.css")));
		pageCost(n, "start page", 200, () -> p.get("x", app.resolve("/")));
		Resp start = p.get("x", app.resolve("/"));
		pageCost(n, "Start (POST, a new session each time)", 302,
				() -> p.post("x", app.resolve("/start"), Map.of("_csrf", csrf(start.body))));
		pageCost(n, "server page", 200, () -> p.get("x", app.resolve("/server")));
		Resp page = p.get("x", app.resolve("/server"));
		Person.expect(p.post("x", app.resolve("/server"), Map.of("server", p.server, "_csrf", csrf(page.body))), 302,
				"/permissions");
		pageCost(n, "permissions page", 200, () -> p.get("x", app.resolve("/permissions")));
		Resp perm = p.get("x", app.resolve("/permissions"));
		Person.expect(p.post("x", app.resolve("/permissions"), Map.of("preset", "post-media", "appName", "Bench bot",
				"website", "", "_csrf", csrf(perm.body))), 302, "/authorize");
		pageCost(n, "authorize page", 200, () -> p.get("x", app.resolve("/authorize")));
		Resp auth = p.get("x", app.resolve("/authorize"));
		URI signIn = app.resolve(group(FORM_ACTION, auth.body));
		pageCost(n, "the sign-in redirect to the server", 302, () -> p.get("x", signIn));
		Resp go = p.get("x", signIn);
		Resp consent = p.get("x", go.next());
		Map<String, String> form = hidden(consent.body);
		form.put("username", "bot" + FAKE_EMAIL);
		form.put("password", "password");
		form.put("decision", "approve");
		Resp back = p.follow(p.post("x", consent.uri.resolve(group(FORM_ACTION, consent.body)), form));
		if (!back.uri.getPath().equals("/authorized")) {
			throw new IllegalStateException("the consent led to " + back.uri + " " + back.status);
		}
		pageCost(n, "\"Is this your bot?\" page", 200, () -> p.get("x", app.resolve("/authorized")));
		Resp authorized = p.get("x", app.resolve("/authorized"));
		Person.expect(p.post("x", app.resolve("/authorized"), Map.of("answer", "yes", "_csrf", csrf(authorized.body))),
				302, "/ready");
		pageCost(n, "ready page", 200, () -> p.get("x", app.resolve("/ready")));
		int[] failed = { 0 };
		pageCost(n, "**a whole journey, one person, one journey after the other**", -1, () -> {
			if (p.journey("bot", true).error != null) {
				failed[0]++;
			}
			return null;
		});
		line(String.format("(%d of those journeys failed)", failed[0]));
		line("");
	}

	static void pageCost(int n, String name, int status, Request request) throws Exception {
		Resp first = request.send();
		if (status > 0 && first.status != status) {
			throw new IllegalStateException(name + ": " + first.status + " " + first.location);
		}
		for (int i = 0; i < n / 4; i++) {
			request.send();
		}
		long cpu0 = cpuMillis(appPid);
		for (int i = 0; i < n; i++) {
			request.send();
		}
		long cpu1 = cpuMillis(appPid);
		line(String.format("| %s | %.0f |", name, (cpu1 - cpu0) * 1000.0 / n));
	}

	static void cpuPerJourney(int users, int warmup, int rounds, int perRound, int latencyMs) throws Exception {
		line(String.format("%d users, fake latency L = %d ms, warm-up %d journeys, then %d rounds of %d journeys", users,
				latencyMs, warmup, rounds, perRound));
		line("");
		ctl("/latency?ms=" + latencyMs);
		try {
			// A just-started JVM first meets a few people, not all of them in the same
			// second (bench.rampJourneys journeys by at most 10 people; 0 skips it)
			int ramp = Math.min(prop("rampJourneys", 0), warmup);
			if (ramp > 0) {
				Stats first = new Stats();
				long tr = System.nanoTime();
				runJourneys(Math.min(users, 10), ramp, first, "bot");
				line(String.format("ramp-up: %d journeys by %d people in %.1f s, failed %d", ramp, Math.min(users, 10),
						(System.nanoTime() - tr) / 1e9, first.errors.get()));
				first.printErrors();
				warmup -= ramp;
			}
			Stats warm = new Stats();
			long tw = System.nanoTime();
			runJourneys(users, warmup, warm, "bot");
			line(String.format("warm-up: %d journeys in %.1f s, failed %d", warmup, (System.nanoTime() - tw) / 1e9,
					warm.errors.get()));
			warm.printErrors();
			line("");
			line("| round | journeys | failed | Tootkey CPU ms/journey | fake | driver | journeys/s | load average |");
			line("|---|---|---|---|---|---|---|---|");
			long self = ProcessHandle.current().pid();
			List<Long> perJourneyMicros = new ArrayList<>();
			Stats all = new Stats();
			for (int round = 1; round <= rounds; round++) {
				Stats stats = new Stats();
				Map<String, Double> threads0 = (round == 1) ? threadCpu(appPid) : null;
				long[] cpu0 = { cpuMillis(appPid), cpuMillis(fakePid), cpuMillis(self) };
				long t0 = System.nanoTime();
				runJourneys(users, perRound, stats, "bot");
				if (threads0 != null) {
					threadsRound1 = diff(threadCpu(appPid), threads0);
				}
				double seconds = (System.nanoTime() - t0) / 1e9;
				long[] cpu1 = { cpuMillis(appPid), cpuMillis(fakePid), cpuMillis(self) };
				double app = (cpu1[0] - cpu0[0]) / (double) perRound;
				perJourneyMicros.add(Math.round(app * 1000));
				line(String.format("| %d | %d | %d | **%.2f** | %.2f | %.2f | %.0f | %s |", round, perRound,
						stats.errors.get(), app, (cpu1[1] - cpu0[1]) / (double) perRound,
						(cpu1[2] - cpu0[2]) / (double) perRound, perRound / seconds, loadAverage()));
				stats.steps.forEach((k, v) -> {
					for (long x : v.sorted()) {
						all.record(k, x * 1000);
					}
				});
				stats.kinds.forEach((k, v) -> all.kinds.computeIfAbsent(k, (x) -> new AtomicLong()).addAndGet(v.get()));
				all.errors.addAndGet(stats.errors.get());
			}
			line("");
			line(String.format("**CPU per journey (Tootkey, warm): median %.2f ms** of %d rounds; **failed journeys: %d of %d**"
					+ " (after the warm-up)", median(perJourneyMicros) / 1000.0, rounds, all.errors.get(),
					(long) rounds * perRound));
			all.printErrors();
			line("");
			line("Where Tootkey's CPU went in round 1, by thread group (`jcmd Thread.print` cpu=, ms per journey):");
			line("");
			line("| threads | ms / journey |");
			line("|---|---|");
			threadsRound1.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
				.filter((e) -> e.getValue() >= 0.05 * perRound)
				.forEach((e) -> line(String.format("| %s | %.2f |", e.getKey(), e.getValue() / perRound)));
			line("");
			all.table();
			int pages = prop("pages", 0);
			if (pages > 0) {
				pageCosts(pages);
			}
			line(String.format("Tootkey RSS %s, threads %s", mb(rssKb(appPid)), procStatus(appPid, "Threads:")));
			line("");
			String nmt = jcmd(appPid, "VM.native_memory", "summary");
			if (nmt.contains("Total:")) {
				line("Native memory (NMT summary, committed):");
				line("");
				line("```");
				for (String l : nmt.split("\n")) {
					if (l.startsWith("Total:") || l.matches("^-\\s+\\S.*\\(reserved=.*")) {
						line(l.trim());
					}
				}
				line("```");
				line("");
			}
		}
		finally {
			ctl("/latency?ms=0");
		}
	}

	static Map<String, Double> threadsRound1 = Map.of();

	static final Pattern THREAD_CPU = Pattern.compile("(?m)^\"([^\"]+)\".*?\\bcpu=([0-9.]+)ms");

	/**
	 * CPU time (ms) of the app's live threads by group (digits in the names folded: all
	 * request threads are one group), from {@code jcmd Thread.print}: request threads, GC,
	 * JIT compilers, the poller.
	 */
	static Map<String, Double> threadCpu(long pid) {
		Map<String, Double> groups = new LinkedHashMap<>();
		try {
			Matcher m = THREAD_CPU.matcher(jcmd(pid, "Thread.print"));
			while (m.find()) {
				groups.merge(m.group(1).replaceAll("\\d+", "N"), Double.parseDouble(m.group(2)), Double::sum);
			}
		}
		catch (Exception ex) {
			// no figure rather than no run
		}
		return groups;
	}

	static Map<String, Double> diff(Map<String, Double> after, Map<String, Double> before) {
		Map<String, Double> d = new LinkedHashMap<>();
		after.forEach((k, v) -> d.put(k, v - before.getOrDefault(k, 0.0)));
		return d;
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).substring(0, 14).trim();
		}
		catch (IOException ex) {
			return "?";
		}
	}

	static String procStatus(long pid, String key) {
		try {
			for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (l.startsWith(key)) {
					return l.substring(key.length()).trim();
				}
			}
		}
		catch (IOException ex) {
			return "?";
		}
		return "?";
	}

	// ------------------------------------------------------------------ throughput

	static void throughput(int users, int total) throws Exception {
		int warmup = Math.min(prop("warmup", 2000), total / 2);
		line("### Throughput: " + users + " users, zero latency");
		line("");
		Stats warm = new Stats();
		runJourneys(users, warmup - 1, warm, "bot");
		Stats stats = new Stats();
		int measured = total - warmup;
		long self = ProcessHandle.current().pid();
		long[] cpu0 = { cpuMillis(appPid), cpuMillis(fakePid), cpuMillis(self) };
		long t0 = System.nanoTime();
		runJourneys(users, measured, stats, "bot");
		double seconds = (System.nanoTime() - t0) / 1e9;
		long[] cpu1 = { cpuMillis(appPid), cpuMillis(fakePid), cpuMillis(self) };
		line(String.format("warm-up %d journeys (errors %d), then %d journeys in %.1f s = **%.0f journeys/s**, errors %d",
				warmup, warm.errors.get(), measured, seconds, measured / seconds, stats.errors.get()));
		stats.printErrors();
		line("");
		double appCpu = (cpu1[0] - cpu0[0]) / (double) measured;
		line(String.format("CPU per journey: Tootkey %.1f ms, fake %.1f ms, driver %.1f ms (total %.1f ms of the %d CPUs' "
				+ "%.1f ms per journey available at this rate); Tootkey alone on 2 CPUs could do at most ~%.0f journeys/s",
				appCpu, (cpu1[1] - cpu0[1]) / (double) measured, (cpu1[2] - cpu0[2]) / (double) measured,
				(cpu1[0] - cpu0[0] + cpu1[1] - cpu0[1] + cpu1[2] - cpu0[2]) / (double) measured,
				Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().availableProcessors() * 1000.0 * seconds / measured, 2000.0 / appCpu));
		line("");
		stats.table();
		long heap = heapAfterGcKb();
		long rss = rssKb(appPid);
		line("### Memory after " + total + " journeys");
		line("");
		line("heap used after full GC: " + mb(heap) + " (x" + ratio(heap, heapAfter1) + " of after-1), RSS: " + mb(rss)
				+ " (x" + ratio(rss, rssAfter1) + ")");
		line("");
	}

	static String ratio(long a, long b) {
		return b <= 0 ? "?" : String.format("%.2f", (double) a / b);
	}

	/** {@code count} journeys spread over {@code users} people (each with their own browser). */
	static List<JourneyResult> runJourneys(int users, int count, Stats stats, String username) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(users);
		AtomicInteger left = new AtomicInteger(count);
		List<JourneyResult> results = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch done = new CountDownLatch(users);
		for (int u = 0; u < users; u++) {
			Person person = new Person(0, stats);
			pool.execute(() -> {
				try {
					while (left.getAndDecrement() > 0) {
						results.add(person.journey(username, true));
					}
				}
				finally {
					done.countDown();
				}
			});
		}
		done.await();
		pool.shutdown();
		return results;
	}

	// ------------------------------------------------------------------ overhead

	static void overhead(int latencyMs) throws Exception {
		line("### Overhead against the physical limit, latency L = " + latencyMs + " ms per fake request");
		line("");
		int rounds = prop("overheadRounds", 10);
		// A warm JVM first (issue 16): measured on a just-started Tootkey, each of the journey's
		// requests still runs interpreted or half-compiled, and that time is not the journey's.
		// When the load phase ran before, this is cheap; alone (-Dbench.load=false) it is needed.
		int warmup = prop("overheadWarmup", 1500);
		if (warmup > 0) {
			long tw = System.nanoTime();
			Stats warm = new Stats();
			runJourneys(10, warmup, warm, "bot");
			line(String.format("warm-up at L = 0: %d journeys by 10 people in %.1f s, failed %d", warmup,
					(System.nanoTime() - tw) / 1e9, warm.errors.get()));
			line("");
		}
		ctl("/latency?ms=" + latencyMs);
		try {
			// discovery alone: cold (a server never seen: fakes 1..rounds) and a repeat within the cache lifetime
			List<Long> cold = new ArrayList<>();
			List<Long> repeat = new ArrayList<>();
			for (int i = 1; i <= rounds; i++) {
				Person p = new Person(i);
				cold.add(p.discoveryOnly());
				repeat.add(new Person(i).discoveryOnly());
			}
			// full journeys: cold discovery (fakes rounds+1 .. 2*rounds), warm discovery (fake 0)
			List<Long> coldJourney = new ArrayList<>();
			List<Long> fakeRequests = new ArrayList<>();
			for (int i = rounds + 1; i <= 2 * rounds; i++) {
				long before = Long.parseLong(ctl("/count?fake=" + i));
				JourneyResult r = new Person(i).journey("bot", false);
				check(r);
				fakeRequests.add(Long.parseLong(ctl("/count?fake=" + i)) - before);
				coldJourney.add(r.nanos);
			}
			List<Long> warmJourney = new ArrayList<>();
			List<Long> warmFakeRequests = new ArrayList<>();
			Stats warmSteps = new Stats();
			for (int i = 0; i < rounds; i++) {
				long before = Long.parseLong(ctl("/count?fake=0"));
				JourneyResult r = new Person(0, warmSteps).journey("bot", false);
				check(r);
				warmFakeRequests.add(Long.parseLong(ctl("/count?fake=0")) - before);
				warmJourney.add(r.nanos);
			}
			double l = latencyMs;
			line("| measured (median of " + rounds + ") | ms | physical limit | ratio |");
			line("|---|---|---|---|");
			line(row("discovery, server not seen before", median(cold), 2 * l, "2 L"));
			line(row("discovery, repeat within cache lifetime", median(repeat), 0, "0"));
			line(row("full journey, discovery not cached (" + median(fakeRequests) + " fake requests)",
					median(coldJourney), 7 * l, "7 L"));
			line(row("full journey, discovery cached (" + median(warmFakeRequests) + " fake requests)",
					median(warmJourney), 5 * l, "5 L"));
			// One person, no latency: what the journey costs beyond the network (Tootkey, the fake
			// and this driver, one request after the other), measured last so that the JIT's queue
			// from the warm-up has drained.
			ctl("/latency?ms=0");
			Stats zero = new Stats();
			List<Long> zeroJourney = new ArrayList<>();
			for (int i = 0; i < rounds; i++) {
				JourneyResult r = new Person(0, zero).journey("bot", false);
				check(r);
				zeroJourney.add(r.nanos);
			}
			line(row("full journey, discovery cached, L = 0 (what is not the network)", median(zeroJourney), 0, "0"));
			line("");
			line("Discovery cached, one person, step by step (L = " + latencyMs + " ms):");
			line("");
			warmSteps.table();
			line("");
			line("The same at L = 0:");
			line("");
			zero.table();
			line("");
			line("also against 1 L for discovery (if NodeInfo's two hops were not on the critical path): "
					+ String.format("%.2f", median(cold) / 1e6 / l) + " x; full cold journey against 6 L: "
					+ String.format("%.2f", median(coldJourney) / 1e6 / (6 * l)) + " x");
			line("");
		}
		finally {
			ctl("/latency?ms=0");
		}
	}

	static String row(String what, long nanos, double limitMs, String limitText) {
		double ms = nanos / 1e6;
		return String.format("| %s | %.1f | %s = %.0f ms | %s |", what, ms, limitText, limitMs,
				limitMs == 0 ? String.format("+%.1f ms", ms) : String.format("%.3f x", ms / limitMs));
	}

	static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	static void check(JourneyResult r) {
		if (r.error != null) {
			throw new IllegalStateException("journey failed: " + r.error);
		}
	}

	// ------------------------------------------------------------------ heap per pending session

	static void sessionHeap(int n) throws Exception {
		// Warm-up first, kept open in both snapshots: on a cold JVM (this phase alone) the
		// first sessions load classes and fill caches (templates, discovery, metadata),
		// ~7 MB counted against the sessions otherwise (10.5 KB "per session" instead of
		// ~5.5). Warm-up and measured sessions together are n, within the default
		// tootkey.max-sessions (2000).
		int warmup = Math.min(prop("sessionsWarmup", 200), n / 2);
		int measured = n - warmup;
		line("### Heap per pending wizard session (" + measured + " sessions waiting on the server's consent page, after "
				+ warmup + " warm-up sessions)");
		line("");
		int warmupFailed = openPendingSessions(warmup);
		long before = heapAfterGcKb();
		long rssBefore = rssKb(appPid);
		int failed = openPendingSessions(measured);
		long after = heapAfterGcKb();
		long rssAfter = rssKb(appPid);
		int open = measured - failed;
		line(String.format("heap after full GC: %s before, %s with %d open sessions (%d failed) = **%.2f KB per session**;"
				+ " RSS %s -> %s (the %d warm-up sessions, %d failed, are open in both)", mb(before), mb(after), open,
				failed, (after - before) * 1.0 / open, mb(rssBefore), mb(rssAfter), warmup, warmupFailed));
		line("");
	}

	/** Opens n sessions that stop at the server's consent page; returns how many failed. */
	static int openPendingSessions(int n) throws Exception {
		int threads = 50;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		AtomicInteger failed = new AtomicInteger();
		AtomicInteger left = new AtomicInteger(n);
		CountDownLatch done = new CountDownLatch(threads);
		for (int i = 0; i < threads; i++) {
			Person p = new Person(0);
			pool.execute(() -> {
				try {
					while (left.getAndDecrement() > 0) {
						try {
							p.cookies.getCookieStore().removeAll();
							p.untilConsentPage();
						}
						catch (Exception ex) {
							failed.incrementAndGet();
						}
					}
				}
				finally {
					done.countDown();
				}
			});
		}
		done.await();
		pool.shutdown();
		return failed.get();
	}

	// ------------------------------------------------------------------ soak

	static void soak(int users, int seconds) throws Exception {
		line("### Soak: " + users + " concurrent journeys for " + seconds + " s, zero latency");
		line("");
		Stats stats = new Stats();
		ExecutorService pool = Executors.newFixedThreadPool(users);
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		List<JourneyResult> results = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch done = new CountDownLatch(users);
		for (int u = 0; u < users; u++) {
			String username = (u % 2 == 0) ? "bot" : "alice";
			Person person = new Person(0, stats);
			pool.execute(() -> {
				try {
					while (System.nanoTime() < end) {
						results.add(person.journey(username, true));
					}
				}
				finally {
					done.countDown();
				}
			});
		}
		done.await();
		pool.shutdown();
		// every token: valid, issued to the app this session registered, for the account this person used
		List<JourneyResult> ok = results.stream().filter((r) -> r.error == null).toList();
		int mixed = 0;
		int invalid = 0;
		int shownMismatch = 0;
		Set<String> tokens = new HashSet<>();
		for (int from = 0; from < ok.size(); from += 500) {
			List<JourneyResult> chunk = ok.subList(from, Math.min(ok.size(), from + 500));
			StringJoiner body = new StringJoiner("\n");
			chunk.forEach((r) -> body.add(r.token));
			String[] answers = ctlPost("/tokens?fake=0", body.toString()).split("\n");
			for (int i = 0; i < chunk.size(); i++) {
				JourneyResult r = chunk.get(i);
				String[] a = answers[i].split(" ");
				if (!a[0].equals(r.token) || !a[1].equals(r.registeredClientId) || !a[2].equals(r.username)) {
					mixed++;
				}
				if (!a[3].equals("true")) {
					invalid++;
				}
				if (!r.registeredClientId.equals(r.shownClientId)) {
					shownMismatch++;
				}
				tokens.add(r.token);
			}
		}
		line(String.format("%d journeys (%.0f/s), **errors %d**, tokens checked %d, distinct %d, **mixed up %d**, "
				+ "not valid %d, client id shown != registered %d", results.size(), results.size() / (double) seconds,
				stats.errors.get(), ok.size(), tokens.size(), mixed, invalid, shownMismatch));
		stats.printErrors();
		line("");
		stats.table();
	}

	// ------------------------------------------------------------------ fault catalogue

	enum Step {

		DISCOVERY("/.well-known/", "/api/v2/instance", "/api/v1/instance", "/nodeinfo/"), REGISTRATION("/api/v1/apps"),
		TOKEN("/oauth/token"), VERIFICATION("/api/v1/accounts/verify_credentials");

		final String[] paths;

		Step(String... paths) {
			this.paths = paths;
		}

	}

	static final String[] FAULTS = { "TIMEOUT", "RESET", "STATUS_500", "STATUS_502", "STATUS_503", "RATE_LIMITED",
			"HTML_ERROR", "EMPTY_BODY", "MALFORMED_JSON", "HUGE_BODY", "SLOW_DRIP", "REDIRECT_TO_PRIVATE",
			"WRONG_CONTENT_TYPE", "MISSING_FIELDS", "TOKEN_WITHOUT_TYPE", "TOKEN_TYPE_LOWERCASE" };

	static void faults() throws Exception {
		line("### Fault catalogue (app defaults: read timeout 5 s, deadline 8 s)");
		line("");
		double threadsBefore = metric("jvm.threads.live");
		line("live threads: " + (long) threadsAtStart + " after the first journey, " + (long) threadsBefore
				+ " before the catalogue (after the soak: Tomcat grew its pool)");
		line("");
		line("| step | fault | ends on | status | slowest page | plain page | busy request threads after | health |");
		line("|---|---|---|---|---|---|---|---|");
		int fakeIndex = prop("faultFakeFrom", 30);
		int bad = 0;
		double peakThreads = threadsBefore;
		for (Step step : Step.values()) {
			for (String fault : FAULTS) {
				int fake = fakeIndex++;
				for (String path : step.paths) {
					ctl("/fault?fake=" + fake + "&path=" + enc(path) + "&fault=" + fault);
				}
				Outcome o = new Person(fake).tolerantJourney("http://127.0.0.1:" + (fakeBase + fake));
				ctl("/clear?fake=" + fake);
				bad += faultRow(step.name(), fault, o);
				peakThreads = Math.max(peakThreads, metric("jvm.threads.live"));
			}
		}
		String tls = ctl("/tls");
		bad += faultRow("DISCOVERY", "TLS (self-signed)", new Person(0).tolerantJourney(tls));
		bad += faultRow("DISCOVERY", "DNS (.invalid)", new Person(0).tolerantJourney("https://tootkey-bench.invalid"));
		line("");
		double threadsAfter = metric("jvm.threads.live");
		int settle = prop("settleSeconds", 70);
		Thread.sleep(settle * 1000L);
		double threadsSettled = metric("jvm.threads.live");
		line(String.format("cases not ending on a plain page, or leaving a request thread busy, or health not UP: **%d**",
				bad));
		line(String.format("live threads: %d before the catalogue, peak %d, %d right after, %d after %d s (idle pool "
				+ "threads expire after 60 s; %d after the first journey)", (long) threadsBefore, (long) peakThreads,
				(long) threadsAfter, (long) threadsSettled, settle, (long) threadsAtStart));
		line("");
	}

	static int faultRow(String step, String fault, Outcome o) throws Exception {
		// Tomcat on virtual threads (JDK 21+) has no worker pool to count: then "n/a"
		double busy = metricOrNaN("tomcat.threads.busy");
		for (int i = 0; i < 100 && busy > 1; i++) { // the metrics request itself is busy
			Thread.sleep(100);
			busy = metricOrNaN("tomcat.threads.busy");
		}
		boolean counted = !Double.isNaN(busy);
		if (!counted) {
			busy = 1;
		}
		String health = get("/actuator/health").contains("\"UP\"") ? "UP" : "DOWN";
		boolean plain = o.plain && !o.saw5xx;
		line(String.format("| %s | %s | %s | %d | %d ms | %s | %s | %s |", step, fault, o.path, o.status,
				o.slowestMillis, plain ? "yes" : "**no**", counted ? Long.toString((long) busy - 1) : "n/a", health));
		return (plain && busy <= 1 && health.equals("UP")) ? 0 : 1;
	}

	static double metricOrNaN(String name) throws Exception {
		Matcher m = Pattern.compile("\"value\":([0-9.Ee+-]+)").matcher(get("/actuator/metrics/" + name));
		return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
	}

	static double metric(String name) throws Exception {
		String json = get("/actuator/metrics/" + name);
		Matcher m = Pattern.compile("\"value\":([0-9.Ee+-]+)").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no metric " + name + ": " + json);
		}
		return Double.parseDouble(m.group(1));
	}

	// ------------------------------------------------------------------ start-up

	static void startup(Path java, Path tootkey, Path minimal, int rounds, int port) throws Exception {
		line("## Start-up " + Instant.now());
		line("");
		line("JVM: " + java + ", flags: -Xmx256m; time from process start to the first `200` for `GET /`; RSS then");
		line("");
		List<Long> tTime = new ArrayList<>();
		List<Long> mTime = new ArrayList<>();
		List<Long> tRss = new ArrayList<>();
		List<Long> mRss = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			long[] t = start(java, tootkey, port);
			tTime.add(t[0]);
			tRss.add(t[1]);
			long[] m = start(java, minimal, port);
			mTime.add(m[0]);
			mRss.add(m[1]);
		}
		line("| app | first GET / (median of " + rounds + ", ms) | all runs (ms) | RSS (median) |");
		line("|---|---|---|---|");
		line(String.format("| Tootkey | %d | %s | %s |", median(tTime), tTime, mb(median(tRss))));
		line(String.format("| minimal webmvc | %d | %s | %s |", median(mTime), mTime, mb(median(mRss))));
		line(String.format("| ratio | %.2f x | | %.2f x |", median(tTime) / (double) median(mTime),
				median(tRss) / (double) median(mRss)));
		line("");
	}

	static long[] start(Path java, Path jar, int port) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		long t0 = System.nanoTime();
		Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "-jar", jar.toString(), "--server.port=" + port,
				"--server.address=127.0.0.1")
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
				.timeout(Duration.ofSeconds(2))
				.build();
			long deadline = t0 + Duration.ofSeconds(60).toNanos();
			while (System.nanoTime() < deadline) {
				try {
					if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						long ms = (System.nanoTime() - t0) / 1_000_000;
						return new long[] { ms, rssKb(p.pid()) };
					}
				}
				catch (IOException notYet) {
					// not listening yet
				}
				Thread.sleep(5);
			}
			throw new IllegalStateException(jar + " did not answer within 60 s");
		}
		finally {
			p.destroy();
			if (!p.waitFor(20, TimeUnit.SECONDS)) {
				p.destroyForcibly().waitFor();
			}
		}
	}

	// ------------------------------------------------------------------ control and plain GETs

	static final HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static String ctl(String pathAndQuery) throws Exception {
		HttpResponse<String> r = plain.send(HttpRequest.newBuilder(control.resolve(pathAndQuery)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 200) {
			throw new IllegalStateException("control " + pathAndQuery + ": " + r.body());
		}
		return r.body();
	}

	static String ctlPost(String pathAndQuery, String body) throws Exception {
		HttpResponse<String> r = plain.send(HttpRequest.newBuilder(control.resolve(pathAndQuery))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		return r.body();
	}

	static String get(String path) throws Exception {
		return plain.send(HttpRequest.newBuilder(app.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	// ------------------------------------------------------------------ statistics

	/** Latencies per step (microseconds) and errors. */
	static final class Stats {

		final Map<String, Samples> steps = new ConcurrentHashMap<>();

		final AtomicLong errors = new AtomicLong();

		final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());

		void record(String step, long nanos) {
			this.steps.computeIfAbsent(step, (k) -> new Samples()).add(nanos / 1000);
		}

		final Map<String, AtomicLong> kinds = new ConcurrentHashMap<>();

		void error(String what) {
			this.errors.incrementAndGet();
			this.kinds.computeIfAbsent(what.replaceAll("https?://127\\.0\\.0\\.1:[0-9]+", "").replaceAll("[?&](?!error=)[^&\\s]*", ""),
					(k) -> new AtomicLong()).incrementAndGet();
		}

		void printErrors() {
			this.kinds.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get()))
				.limit(8)
				.forEach((e) -> line("  - " + e.getValue() + " x " + e.getKey().replace('\n', ' ')));
		}

		void table() {
			line("| step | requests | p50 ms | p99 ms | max ms |");
			line("|---|---|---|---|---|");
			for (String step : STEPS) {
				Samples s = this.steps.get(step);
				if (s != null) {
					long[] v = s.sorted();
					line(String.format("| %s | %d | %.1f | %.1f | %.1f |", step, v.length, pct(v, 50) / 1000.0,
							pct(v, 99) / 1000.0, v[v.length - 1] / 1000.0));
				}
			}
			Samples whole = this.steps.get("journey");
			if (whole != null) {
				long[] v = whole.sorted();
				line(String.format("| whole journey | %d | %.1f | %.1f | %.1f |", v.length, pct(v, 50) / 1000.0,
						pct(v, 99) / 1000.0, v[v.length - 1] / 1000.0));
			}
			line("");
		}

		static long pct(long[] sorted, int p) {
			int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
		}

	}

	static final class Samples {

		private long[] data = new long[1024];

		private int n;

		synchronized void add(long v) {
			if (this.n == this.data.length) {
				this.data = Arrays.copyOf(this.data, this.n * 2);
			}
			this.data[this.n++] = v;
		}

		synchronized long[] sorted() {
			long[] copy = Arrays.copyOf(this.data, this.n);
			Arrays.sort(copy);
			return copy;
		}

	}

	// ------------------------------------------------------------------ one person with a browser

	record Resp(URI uri, int status, String location, String body) {

		URI next() {
			return this.uri.resolve(this.location);
		}

	}

	static final class JourneyResult {

		String error;

		String username;

		String registeredClientId;

		String shownClientId;

		String token;

		long nanos;

	}

	/** Where a fault run ended. */
	record Outcome(String path, int status, long slowestMillis, boolean plain, boolean saw5xx) {
	}

	static final class Person {

		final HttpClient http;

		final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

		/** Like a browser's cache: static file URL -> until when it may be used without asking. */
		final Map<String, Long> cached = new HashMap<>();

		final String server;

		final Stats stats;

		long slowest;

		boolean saw5xx;

		Person(int fake) {
			this(fake, new Stats());
		}

		Person(int fake, Stats stats) {
			this.server = "http://127.0.0.1:" + (fakeBase + fake);
			this.stats = stats;
			this.http = HttpClient.newBuilder()
				.cookieHandler(this.cookies)
				// like a browser on http://: HTTP/1.1, keep-alive (the client's pool), no h2c upgrade
				.version(HttpClient.Version.HTTP_1_1)
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(10))
				.build();
		}

		void close() {
			// JDK 17's HttpClient has no close(); dropping the reference lets it go
		}

		Resp send(String step, String method, URI uri, Map<String, String> form) throws IOException, InterruptedException {
			HttpRequest.Builder b = HttpRequest.newBuilder(uri)
				.timeout(Duration.ofSeconds(60))
				.header("Accept", "text/html")
				.header("Accept-Language", "en");
			if (form != null) {
				b.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(encode(form)));
			}
			if (ASSETS) {
				// a browser asks for compressed pages (and pays for it: Tomcat gzips each one)
				b.header("Accept-Encoding", "gzip");
			}
			long t0 = System.nanoTime();
			HttpResponse<String> r;
			try {
				r = this.http.send(b.build(), ASSETS ? GUNZIP : HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				throw new IOException(step + " " + method + " " + uri + ": " + ex, ex);
			}
			long took = System.nanoTime() - t0;
			this.stats.record(step, took);
			this.slowest = Math.max(this.slowest, took);
			if (r.statusCode() >= 500) {
				this.saw5xx = true;
			}
			if (ASSETS && r.statusCode() == 200 && uri.getPort() == app.getPort()
					&& r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				assets(uri, r.body());
			}
			return new Resp(uri, r.statusCode(), r.headers().firstValue("Location").orElse(null), r.body());
		}

		/**
		 * As a browser does after a page (-Dbench.assets=true): fetch its stylesheet, script
		 * and images unless its cache may still use them ({@code Cache-Control: max-age} and
		 * no {@code no-store}/{@code no-cache}). A new visitor starts with an empty cache.
		 */
		void assets(URI page, String html) throws IOException, InterruptedException {
			Matcher m = ASSET.matcher(html);
			while (m.find()) {
				URI asset = page.resolve(unescape(m.group(1)));
				if (!asset.getPath().startsWith("/") || asset.getPort() != app.getPort()) {
					continue;
				}
				Long until = this.cached.get(asset.toString());
				if (until != null && until > System.currentTimeMillis()) {
					continue;
				}
				long t0 = System.nanoTime();
				HttpResponse<byte[]> r = this.http.send(HttpRequest.newBuilder(asset)
					.timeout(Duration.ofSeconds(60))
					.header("Accept", "*/*")
					.header("Accept-Encoding", "gzip")
					.build(), HttpResponse.BodyHandlers.ofByteArray());
				this.stats.record("assets", System.nanoTime() - t0);
				String cacheControl = r.headers().firstValue("Cache-Control").orElse("");
				Matcher maxAge = MAX_AGE.matcher(cacheControl);
				if (r.statusCode() == 200 && !cacheControl.contains("no-store") && !cacheControl.contains("no-cache")
						&& maxAge.find()) {
					this.cached.put(asset.toString(), System.currentTimeMillis() + Long.parseLong(maxAge.group(1)) * 1000);
				}
			}
		}

		Resp get(String step, URI uri) throws IOException, InterruptedException {
			return send(step, "GET", uri, null);
		}

		Resp post(String step, URI uri, Map<String, String> form) throws IOException, InterruptedException {
			return send(step, "POST", uri, form);
		}

		static void expect(Resp r, int status, String locationEnd) {
			if (r.status != status || (locationEnd != null && (r.location == null || !r.location.contains(locationEnd)))) {
				Matcher why = ERROR_ITEM.matcher(r.body);
				throw new IllegalStateException(r.uri.getPath() + " answered " + r.status + " "
						+ (r.location != null ? r.location : why.find() ? "error: " + why.group(1).trim()
								: (r.body.length() > 300 ? r.body.substring(0, 300) : r.body)));
			}
		}

		static final Pattern DETAIL = Pattern.compile("class=\"inset\"[^>]*>([^<]*)<");

		/**
		 * As {@link #expect}, but a journey that ends on a problem page says why: the token
		 * exchange's error code (kept in the callback's {@code ?error=}) and the detail the
		 * problem page shows (e.g. which outbound failure: busy, timeout, deadline).
		 */
		void expectOrExplain(Resp r, int status, String locationEnd) throws Exception {
			if (r.location != null && r.location.contains("error=")) {
				Resp next = get("follow", r.next());
				throw new IllegalStateException(r.uri.getPath() + " answered " + r.status + " " + r.location + " -> "
						+ next.location + detail(next));
			}
			try {
				expect(r, status, locationEnd);
			}
			catch (IllegalStateException ex) {
				if (r.location != null && r.location.contains("/problem/")) {
					throw new IllegalStateException(ex.getMessage() + detail(r));
				}
				throw ex;
			}
		}

		/** The detail line of the problem page a redirect points to, if any. */
		String detail(Resp r) throws Exception {
			if (r.location == null || !r.location.contains("/problem/")) {
				return "";
			}
			Matcher m = DETAIL.matcher(get("follow", r.next()).body);
			return m.find() ? " (" + unescape(m.group(1)).trim() + ")" : "";
		}

		/** The start page and its button (POST /start makes the wizard's session). */
		void begin() throws Exception {
			Resp start = get("start", app.resolve("/"));
			expect(post("start.submit", app.resolve("/start"), Map.of("_csrf", csrf(start.body))), 302, "/server");
		}

		/** Only the server page: the time of its POST (discovery). */
		long discoveryOnly() throws Exception {
			begin();
			Resp page = get("server.page", app.resolve("/server"));
			long t0 = System.nanoTime();
			Resp s = post("server.submit", app.resolve("/server"), Map.of("server", this.server, "_csrf", csrf(page.body)));
			long took = System.nanoTime() - t0;
			expect(s, 302, "/permissions");
			return took;
		}

		/** A session that stops on the server's consent page (the wizard waits for the callback). */
		void untilConsentPage() throws Exception {
			begin();
			Resp page = get("server.page", app.resolve("/server"));
			expect(post("server.submit", app.resolve("/server"), Map.of("server", this.server, "_csrf", csrf(page.body))),
					302, "/permissions");
			Resp perm = get("permissions.page", app.resolve("/permissions"));
			expect(post("permissions.submit", app.resolve("/permissions"), Map.of("preset", "post-media", "appName",
					"Bench bot", "website", "", "_csrf", csrf(perm.body))), 302, "/authorize");
			Resp auth = get("authorize.page", app.resolve("/authorize"));
			expect(get("authorize.start", app.resolve(group(FORM_ACTION, auth.body))), 302, "/oauth/authorize");
		}

		JourneyResult journey(String username, boolean freshCookies) {
			JourneyResult result = new JourneyResult();
			result.username = username;
			if (freshCookies) {
				this.cookies.getCookieStore().removeAll();
				this.cached.clear();
			}
			long t0 = System.nanoTime();
			try {
				begin();
				Resp page = get("server.page", app.resolve("/server"));
				Resp s = post("server.submit", app.resolve("/server"),
						Map.of("server", this.server, "_csrf", csrf(page.body)));
				expectOrExplain(s, 302, "/permissions");
				Resp perm = get("permissions.page", app.resolve("/permissions"));
				Resp p = post("permissions.submit", app.resolve("/permissions"), Map.of("preset", "post-media",
						"appName", "Bench bot", "website", "", "_csrf", csrf(perm.body)));
				expectOrExplain(p, 302, "/authorize");
				Resp auth = get("authorize.page", app.resolve("/authorize"));
				Resp go = get("authorize.start", app.resolve(group(FORM_ACTION, auth.body)));
				expectOrExplain(go, 302, "/oauth/authorize");
				Matcher id = CLIENT_ID.matcher(go.location);
				if (!id.find()) {
					throw new IllegalStateException("no client_id in " + go.location);
				}
				result.registeredClientId = id.group(1);
				Resp consent = get("fake.consent-page", go.next());
				Map<String, String> form = hidden(consent.body);
				form.put("username", username + FAKE_EMAIL);
				form.put("password", "password");
				form.put("decision", "approve");
				Resp back = post("fake.consent-submit", consent.uri.resolve(group(FORM_ACTION, consent.body)), form);
				expectOrExplain(back, 302, "/callback?");
				// the return: Tootkey exchanges the code and checks the key in one request
				// (builds before issue 16 round 4 took a second hop: the bare /callback)
				Resp returned = get("callback", back.next());
				if (returned.location != null && returned.location.endsWith("/callback")) {
					returned = get("callback.second-hop", returned.next());
				}
				expectOrExplain(returned, 302, "/authorized");
				Resp authorized = get("authorized.page", returned.next());
				if (authorized.status != 200 || !authorized.body.contains("@" + username + "@")) {
					throw new IllegalStateException("authorized page: " + authorized.status);
				}
				// "Is this your bot?" yes -> the ready page -> the reveal (Post/Redirect/Get)
				expectOrExplain(post("authorized.submit", app.resolve("/authorized"),
						Map.of("answer", "yes", "_csrf", csrf(authorized.body))), 302, "/ready");
				Resp ready = get("ready.page", app.resolve("/ready"));
				expectOrExplain(post("credentials.submit", app.resolve("/credentials"), Map.of("_csrf", csrf(ready.body))),
						302, "/credentials");
				Resp credentials = get("credentials.page", app.resolve("/credentials"));
				expectOrExplain(credentials, 200, null);
				result.token = credential(credentials.body, "access_token");
				result.shownClientId = credential(credentials.body, "client_id");
				result.nanos = System.nanoTime() - t0;
				this.stats.record("journey", result.nanos);
			}
			catch (Exception ex) {
				result.error = ex.toString();
				this.stats.error(result.error);
			}
			return result;
		}

		/** As far as the journey goes with a fault somewhere; where it ends, and how. */
		Outcome tolerantJourney(String serverAddress) throws Exception {
			begin();
			Resp page = get("server.page", app.resolve("/server"));
			Resp last = post("server.submit", app.resolve("/server"),
					Map.of("server", serverAddress, "_csrf", csrf(page.body)));
			if (last.status == 302 && last.location.endsWith("/permissions")) {
				Resp perm = get("permissions.page", app.resolve("/permissions"));
				last = post("permissions.submit", app.resolve("/permissions"), Map.of("preset", "post-media", "appName",
						"Fault bot", "website", "", "_csrf", csrf(perm.body)));
				if (last.status == 302 && last.location.endsWith("/authorize")) {
					Resp auth = get("authorize.page", app.resolve("/authorize"));
					Resp go = get("authorize.start", app.resolve(group(FORM_ACTION, auth.body)));
					Resp consent = get("fake.consent-page", go.next());
					Map<String, String> form = hidden(consent.body);
					form.put("username", "bot" + FAKE_EMAIL);
					form.put("password", "password");
					form.put("decision", "approve");
					last = post("fake.consent-submit", consent.uri.resolve(group(FORM_ACTION, consent.body)), form);
					last = follow(last);
					if (last.uri.getPath().equals("/authorized") && last.status == 200) {
						last = follow(post("authorized.submit", app.resolve("/authorized"),
								Map.of("answer", "yes", "_csrf", csrf(last.body))));
						if (last.uri.getPath().equals("/ready") && last.status == 200) {
							last = post("credentials.submit", app.resolve("/credentials"),
									Map.of("_csrf", csrf(last.body)));
						}
					}
				}
			}
			last = follow(last);
			boolean plain = last.status < 500 && last.body.contains("site-header") && !last.body.contains("Exception")
					&& !last.body.contains("at org.");
			return new Outcome(last.uri.getPath(), last.status, this.slowest / 1_000_000, plain, this.saw5xx);
		}

		Resp follow(Resp r) throws Exception {
			Resp current = r;
			for (int i = 0; i < 10 && current.status / 100 == 3 && current.location != null; i++) {
				current = get("follow", current.next());
			}
			return current;
		}

	}

	static String csrf(String html) {
		return group(CSRF, html);
	}

	static String group(Pattern pattern, String html) {
		Matcher m = pattern.matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("no " + pattern + " in page");
		}
		return unescape(m.group(1));
	}

	static Map<String, String> hidden(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher m = HIDDEN.matcher(html);
		while (m.find()) {
			fields.put(unescape(m.group(1)), unescape(m.group(2)));
		}
		return fields;
	}

	static String credential(String html, String name) {
		Matcher input = Pattern.compile("<input[^>]*data-credential=\"" + name + "\"[^>]*value=\"([^\"]*)\"")
			.matcher(html);
		if (input.find()) {
			return unescape(input.group(1));
		}
		return group(Pattern.compile("data-credential=\"" + name + "\"[^>]*>([^<]*)<"), html);
	}

	static String unescape(String text) {
		return text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
			.replace("&#x2F;", "/").replace("&amp;", "&");
	}

	static String encode(Map<String, String> form) {
		StringJoiner joiner = new StringJoiner("&");
		form.forEach((k, v) -> joiner
			.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return joiner.toString();
	}

}
