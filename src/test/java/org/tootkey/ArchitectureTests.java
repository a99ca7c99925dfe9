package org.tootkey;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout the README describes, checked on the compiled main classes with the JDK's
 * own {@code jdeps} (no library) and on the sources: packages use only those below them
 * in the chain
 * {@code credentials, group, keycheck → wizard → oauth → web → mastodon → server →
 * exchanges → outbound} (with {@code seal}, {@code validation} and the root package's
 * shared types at the bottom), so there is no package cycle; and no two classes use each
 * other.
 */
class ArchitectureTests {

	/** Each package's place in the chain: a package may use only lower places. */
	static final Map<String, Integer> CHAIN = Map.ofEntries(Map.entry("credentials", 8), Map.entry("group", 8),
			Map.entry("keycheck", 8), Map.entry("wizard", 7), Map.entry("oauth", 6), Map.entry("web", 5),
			Map.entry("mastodon", 4), Map.entry("server", 3), Map.entry("exchanges", 2), Map.entry("outbound", 1),
			Map.entry("seal", 1), Map.entry("validation", 1), Map.entry("", 0));

	private static final Pattern EDGE = Pattern.compile("^\\s+(org\\.tootkey\\.\\S+)\\s+->\\s+(org\\.tootkey\\.\\S+)");

	/** Uses between top-level classes ("from to"); a nested class counts as its outer. */
	static final Set<String> uses = new TreeSet<>();

	@BeforeAll
	static void readTheCompiledClasses() throws URISyntaxException, IOException {
		Path classes = Path.of(TootkeyApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
		StringWriter out = new StringWriter();
		int exit = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:class", "-filter:none",
				classes.toString());
		assertThat(exit).as(out.toString()).isZero();
		for (String line : out.toString().split("\n")) {
			Matcher edge = EDGE.matcher(line);
			if (edge.find()) {
				String from = topLevel(edge.group(1));
				String to = topLevel(edge.group(2));
				if (!from.equals(to)) {
					uses.add(from + " " + to);
				}
			}
		}
		assertThat(uses).as("jdeps found the uses between our classes").hasSizeGreaterThan(100);
		readTheSources();
	}

	/**
	 * The compiler copies constants ({@code ReadyController.PATH}) into the class that
	 * uses them, so jdeps cannot see those uses: the sources are read too. A class is
	 * used where its simple name appears outside comments and strings, in its own package
	 * or imported.
	 */
	static void readTheSources() throws IOException {
		Path root = Path.of("src/main/java/org/tootkey");
		Map<String, String> classes = new HashMap<>();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(root)) {
			files = walk.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> !file.endsWith("package-info.java"))
				.toList();
		}
		for (Path file : files) {
			classes.put(className(root, file), file.getFileName().toString().replace(".java", ""));
		}
		for (Path file : files) {
			String from = className(root, file);
			String code = Files.readString(file)
				.replaceAll("\"(?:[^\"\\\\\n]|\\\\.)*\"", "\"\"")
				.replaceAll("(?s)/\\*.*?\\*/", "")
				.replaceAll("//[^\n]*", "");
			Set<String> names = new HashSet<>();
			Matcher word = Pattern.compile("\\b[A-Z]\\w*\\b").matcher(code);
			while (word.find()) {
				names.add(word.group());
			}
			for (Map.Entry<String, String> to : classes.entrySet()) {
				boolean visible = packageOf(to.getKey()).equals(packageOf(from))
						|| code.contains("import " + to.getKey() + ";")
						|| code.contains("import static " + to.getKey() + ".");
				if (!to.getKey().equals(from) && visible && names.contains(to.getValue())) {
					uses.add(from + " " + to.getKey());
				}
			}
		}
	}

	private static String className(Path root, Path file) {
		String relative = root.relativize(file).toString().replace('/', '.');
		return "org.tootkey." + relative.substring(0, relative.length() - ".java".length());
	}

	@Test
	void packagesWhenOneUsesAnotherThenTheOtherIsBelowItInTheChain() {
		List<String> upward = new ArrayList<>();
		for (String use : uses) {
			String from = packageOf(use.split(" ")[0]);
			String to = packageOf(use.split(" ")[1]);
			assertThat(CHAIN).as("package %s has a place in the chain", from).containsKey(from);
			assertThat(CHAIN).as("package %s has a place in the chain", to).containsKey(to);
			if (!from.equals(to) && CHAIN.get(to) >= CHAIN.get(from)) {
				upward.add(use.replace(" ", " -> "));
			}
		}
		assertThat(upward).as("uses against the chain (a package cycle, or a new sideways use)").isEmpty();
	}

	@Test
	void classesWhenOneUsesAnotherThenTheOtherDoesNotUseItBack() {
		List<String> pairs = uses.stream().filter((use) -> {
			String[] ends = use.split(" ");
			return ends[0].compareTo(ends[1]) < 0 && uses.contains(ends[1] + " " + ends[0]);
		}).map((use) -> use.replace(" ", " <-> ")).toList();
		assertThat(pairs).as("class pairs that use each other").isEmpty();
	}

	private static String topLevel(String className) {
		int nested = className.indexOf('$');
		return (nested >= 0) ? className.substring(0, nested) : className;
	}

	/** The package below {@code org.tootkey}, or "" for the root package. */
	private static String packageOf(String className) {
		String rest = className.substring("org.tootkey.".length());
		int dot = rest.indexOf('.');
		return (dot >= 0) ? rest.substring(0, dot) : "";
	}

}
