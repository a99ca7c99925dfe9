package org.tootkey.support;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Property checks with plain JUnit: a seeded generator makes the inputs, and a failure
 * names the seed, so {@code -Dtootkey.seed=<seed>} repeats the very same run.
 */
public final class Seeded {

	private Seeded() {
	}

	/** Checks {@code property} on {@code tries} inputs made by {@code generator}. */
	public static <T> void check(int tries, Function<Random, T> generator, ThrowingConsumer<T> property) {
		String fixed = System.getProperty("tootkey.seed");
		long seed = (fixed != null) ? Long.parseLong(fixed) : new Random().nextLong();
		Random random = new Random(seed);
		for (int i = 0; i < tries; i++) {
			T input = generator.apply(random);
			try {
				property.accept(input);
			}
			catch (Throwable ex) {
				throw new AssertionError(
						"Input #" + i + " failed: " + describe(input) + "\nRepeat this run with -Dtootkey.seed=" + seed,
						ex);
			}
		}
	}

	/** Any string of up to {@code max} characters from the whole UTF-16 range. */
	public static String anyString(Random random, int max) {
		char[] chars = new char[random.nextInt(max + 1)];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
		}
		return new String(chars);
	}

	/**
	 * A string of up to {@code max} characters (at least {@code min}) taken from
	 * {@code alphabet}.
	 */
	public static String from(Random random, String alphabet, int min, int max) {
		int[] points = alphabet.codePoints().toArray();
		StringBuilder text = new StringBuilder();
		int length = min + random.nextInt(max - min + 1);
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(points[random.nextInt(points.length)]);
		}
		return text.toString();
	}

	/** One of the values, equally likely. */
	public static <T> T oneOf(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static String describe(Object input) {
		if (!(input instanceof String text)) {
			return String.valueOf(input);
		}
		StringBuilder escaped = new StringBuilder("\"");
		text.chars()
			.forEach((c) -> escaped
				.append((c < 0x20 || c > 0x7e) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
		return escaped.append('"').toString();
	}

}
