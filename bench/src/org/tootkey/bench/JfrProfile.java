package org.tootkey.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where Tootkey's CPU goes, by library, from a JFR recording's execution samples (issue 16):
 *
 * <pre>java [-Dskip=seconds] -cp bench/target/classes org.tootkey.bench.JfrProfile recording.jfr [thread-name-prefix [library]]</pre>
 *
 * For each library: self time (the top frame's package), self time charged to the nearest
 * caller outside the JDK (a {@code HashMap.get} called by Thymeleaf counts as Thymeleaf), and
 * inclusive time (the library anywhere on the stack). Only threads whose name starts with the
 * prefix (default {@code http-nio-}: Tomcat's request threads; {@code ""} for all). With a
 * library name, also the methods of that library that the samples charged to it were in.
 */
public final class JfrProfile {

	/** Package prefix to library, first match wins. */
	static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

	static {
		LIBRARIES.put("org.tootkey.", "Tootkey");
		LIBRARIES.put("org.apache.catalina.", "Tomcat");
		LIBRARIES.put("org.apache.coyote.", "Tomcat");
		LIBRARIES.put("org.apache.tomcat.", "Tomcat");
		LIBRARIES.put("org.thymeleaf.", "Thymeleaf");
		LIBRARIES.put("org.attoparser.", "Thymeleaf");
		LIBRARIES.put("org.unbescape.", "Thymeleaf");
		LIBRARIES.put("org.springframework.expression.", "SpEL");
		LIBRARIES.put("io.micrometer.", "Micrometer");
		LIBRARIES.put("org.springframework.security.", "Spring Security");
		LIBRARIES.put("org.apache.hc.", "Apache HttpClient");
		LIBRARIES.put("tools.jackson.", "Jackson");
		LIBRARIES.put("com.fasterxml.", "Jackson");
		LIBRARIES.put("com.github.benmanes.caffeine.", "Caffeine");
		LIBRARIES.put("ch.qos.logback.", "Logging");
		LIBRARIES.put("org.slf4j.", "Logging");
		LIBRARIES.put("org.springframework.boot.", "Spring Boot");
		LIBRARIES.put("org.springframework.web.", "Spring MVC/Web");
		LIBRARIES.put("org.springframework.http.", "Spring MVC/Web");
		LIBRARIES.put("org.springframework.", "Spring (core, context, beans…)");
		LIBRARIES.put("java.", "JDK");
		LIBRARIES.put("javax.", "JDK");
		LIBRARIES.put("jdk.", "JDK");
		LIBRARIES.put("sun.", "JDK");
		LIBRARIES.put("com.sun.", "JDK");
		LIBRARIES.put("jakarta.", "Jakarta APIs");
	}

	static String library(RecordedFrame frame) {
		String type = frame.getMethod().getType().getName();
		for (Map.Entry<String, String> e : LIBRARIES.entrySet()) {
			if (type.startsWith(e.getKey())) {
				return e.getValue();
			}
		}
		int dot = type.lastIndexOf('.');
		return (dot > 0) ? type.substring(0, dot) : type;
	}

	public static void main(String[] args) throws Exception {
		String prefix = (args.length > 1) ? args[1] : "http-nio-";
		Map<String, Integer> self = new HashMap<>();
		Map<String, Integer> charged = new HashMap<>();
		Map<String, Integer> inclusive = new HashMap<>();
		Map<String, Integer> methods = new HashMap<>();
		String focus = (args.length > 2) ? args[2] : null;
		Map<String, Integer> focusMethods = new HashMap<>();
		int total = 0;
		// -Dskip=S leaves out the recording's first S seconds (the warm-up, while the JIT compiles)
		long skipMillis = Math.round(Double.parseDouble(System.getProperty("skip", "0")) * 1000);
		java.time.Instant first = null;
		for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
				continue;
			}
			if (first == null) {
				first = event.getStartTime();
			}
			if (java.time.Duration.between(first, event.getStartTime()).toMillis() < skipMillis) {
				continue;
			}
			RecordedThread thread = event.getThread("sampledThread");
			String name = (thread != null && thread.getJavaName() != null) ? thread.getJavaName() : "?";
			if (!name.startsWith(prefix)) {
				continue;
			}
			RecordedStackTrace stack = event.getStackTrace();
			if (stack == null || stack.getFrames().isEmpty()) {
				continue;
			}
			total++;
			List<RecordedFrame> frames = stack.getFrames();
			String top = library(frames.get(0));
			self.merge(top, 1, Integer::sum);
			methods.merge(frames.get(0).getMethod().getType().getName() + "." + frames.get(0).getMethod().getName(), 1,
					Integer::sum);
			String owner = top;
			for (RecordedFrame frame : frames) {
				String lib = library(frame);
				if (!lib.equals("JDK") && !lib.equals("Jakarta APIs")) {
					owner = lib;
					if (lib.equals(focus)) {
						focusMethods.merge(frame.getMethod().getType().getName() + "." + frame.getMethod().getName(), 1,
								Integer::sum);
					}
					break;
				}
			}
			charged.merge(owner, 1, Integer::sum);
			Set<String> seen = new HashSet<>();
			for (RecordedFrame frame : frames) {
				seen.add(library(frame));
			}
			seen.forEach((lib) -> inclusive.merge(lib, 1, Integer::sum));
		}
		System.out.printf("%d execution samples on threads '%s*' (stacks truncated at JFR's depth)%n%n", total, prefix);
		System.out.println("| library | self | self, JDK calls charged to their caller | inclusive |");
		System.out.println("|---|---|---|---|");
		int n = Math.max(1, total);
		charged.entrySet()
			.stream()
			.sorted((a, b) -> b.getValue() - a.getValue())
			.forEach((e) -> System.out.printf("| %s | %.1f %% | %.1f %% | %.1f %% |%n", e.getKey(),
					100.0 * self.getOrDefault(e.getKey(), 0) / n, 100.0 * e.getValue() / n,
					100.0 * inclusive.getOrDefault(e.getKey(), 0) / n));
		self.keySet()
			.stream()
			.filter((k) -> !charged.containsKey(k))
			.forEach((k) -> System.out.printf("| %s | %.1f %% | — | %.1f %% |%n", k, 100.0 * self.get(k) / n,
					100.0 * inclusive.getOrDefault(k, 0) / n));
		System.out.println();
		if (focus != null) {
			System.out.println("Where the samples charged to " + focus + " were:");
			System.out.println();
			focusMethods.entrySet()
				.stream()
				.sorted((a, b) -> b.getValue() - a.getValue())
				.limit(25)
				.forEach((e) -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / n, e.getKey()));
			System.out.println();
		}
		System.out.println("Top 25 methods by self time:");
		System.out.println();
		methods.entrySet()
			.stream()
			.sorted((a, b) -> b.getValue() - a.getValue())
			.limit(25)
			.forEach((e) -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / n, e.getKey()));
	}

}
