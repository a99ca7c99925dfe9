package org.tootkey.fake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for the fake server: a writer for maps, lists, strings, numbers,
 * booleans and null, and a small strict parser for request bodies (objects come back as
 * {@code LinkedHashMap}, arrays as {@code List}, integral numbers as {@code Long}, other
 * numbers as {@code BigDecimal}).
 */
final class Json {

	private Json() {
	}

	/**
	 * An ordered JSON object from alternating keys and values:
	 * {@code obj("a", 1, "b", "x")}.
	 */
	static Map<String, Object> obj(Object... keysAndValues) {
		if (keysAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("obj() needs key/value pairs");
		}
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(out, value);
		return out.toString();
	}

	private static void write(StringBuilder out, Object value) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof String s) {
			quote(out, s);
		}
		else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
				|| value instanceof BigDecimal || value instanceof Short) {
			out.append(value);
		}
		else if (value instanceof Double || value instanceof Float) {
			double d = ((Number) value).doubleValue();
			out.append(Double.isFinite(d) ? String.valueOf(value) : "null");
		}
		else if (value instanceof Map<?, ?> map) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				if (!first) {
					out.append(',');
				}
				first = false;
				quote(out, String.valueOf(e.getKey()));
				out.append(':');
				write(out, e.getValue());
			}
			out.append('}');
		}
		else if (value instanceof Collection<?> list) {
			out.append('[');
			boolean first = true;
			for (Object item : list) {
				if (!first) {
					out.append(',');
				}
				first = false;
				write(out, item);
			}
			out.append(']');
		}
		else if (value instanceof Object[] array) {
			write(out, List.of(array));
		}
		else {
			quote(out, value.toString());
		}
	}

	private static void quote(StringBuilder out, String s) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> {
					if (c < 0x20 || c == '\u2028' || c == '\u2029') {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	/**
	 * Parses one JSON value; throws {@link IllegalArgumentException} on anything
	 * malformed.
	 */
	static Object parse(String text) {
		Parser p = new Parser(text);
		p.skipWhitespace();
		Object value = p.value();
		p.skipWhitespace();
		if (p.pos != text.length()) {
			throw p.error("trailing characters");
		}
		return value;
	}

	private static final class Parser {

		private final String s;

		private int pos;

		Parser(String s) {
			this.s = s;
		}

		Object value() {
			if (pos >= s.length()) {
				throw error("unexpected end");
			}
			char c = s.charAt(pos);
			return switch (c) {
				case '{' -> object();
				case '[' -> array();
				case '"' -> string();
				case 't' -> literal("true", Boolean.TRUE);
				case 'f' -> literal("false", Boolean.FALSE);
				case 'n' -> literal("null", null);
				default -> {
					if (c == '-' || (c >= '0' && c <= '9')) {
						yield number();
					}
					throw error("unexpected character '" + c + "'");
				}
			};
		}

		private Map<String, Object> object() {
			Map<String, Object> map = new LinkedHashMap<>();
			pos++; // {
			skipWhitespace();
			if (peek() == '}') {
				pos++;
				return map;
			}
			while (true) {
				skipWhitespace();
				if (peek() != '"') {
					throw error("expected a key");
				}
				String key = string();
				skipWhitespace();
				expect(':');
				skipWhitespace();
				map.put(key, value());
				skipWhitespace();
				char c = next();
				if (c == '}') {
					return map;
				}
				if (c != ',') {
					throw error("expected ',' or '}'");
				}
			}
		}

		private List<Object> array() {
			List<Object> list = new ArrayList<>();
			pos++; // [
			skipWhitespace();
			if (peek() == ']') {
				pos++;
				return list;
			}
			while (true) {
				skipWhitespace();
				list.add(value());
				skipWhitespace();
				char c = next();
				if (c == ']') {
					return list;
				}
				if (c != ',') {
					throw error("expected ',' or ']'");
				}
			}
		}

		private String string() {
			pos++; // opening quote
			StringBuilder out = new StringBuilder();
			while (true) {
				char c = next();
				if (c == '"') {
					return out.toString();
				}
				if (c < 0x20) {
					throw error("control character in string");
				}
				if (c != '\\') {
					out.append(c);
					continue;
				}
				char e = next();
				switch (e) {
					case '"', '\\', '/' -> out.append(e);
					case 'n' -> out.append('\n');
					case 'r' -> out.append('\r');
					case 't' -> out.append('\t');
					case 'b' -> out.append('\b');
					case 'f' -> out.append('\f');
					case 'u' -> {
						if (pos + 4 > s.length()) {
							throw error("short unicode escape");
						}
						try {
							out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
						}
						catch (NumberFormatException ex) {
							throw error("bad unicode escape");
						}
						pos += 4;
					}
					default -> throw error("bad escape '\\" + e + "'");
				}
			}
		}

		private Object number() {
			int start = pos;
			if (peek() == '-') {
				pos++;
			}
			while (pos < s.length() && "0123456789.eE+-".indexOf(s.charAt(pos)) >= 0) {
				pos++;
			}
			String text = s.substring(start, pos);
			try {
				BigDecimal number = new BigDecimal(text);
				if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
					try {
						return number.longValueExact();
					}
					catch (ArithmeticException tooBig) {
						return number;
					}
				}
				return number;
			}
			catch (NumberFormatException ex) {
				throw error("bad number '" + text + "'");
			}
		}

		private Object literal(String word, Object value) {
			if (!s.startsWith(word, pos)) {
				throw error("expected " + word);
			}
			pos += word.length();
			return value;
		}

		void skipWhitespace() {
			while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
				pos++;
			}
		}

		private char peek() {
			return pos < s.length() ? s.charAt(pos) : '\0';
		}

		private char next() {
			if (pos >= s.length()) {
				throw error("unexpected end");
			}
			return s.charAt(pos++);
		}

		private void expect(char c) {
			if (next() != c) {
				throw error("expected '" + c + "'");
			}
		}

		IllegalArgumentException error(String what) {
			return new IllegalArgumentException("Malformed JSON at " + pos + ": " + what);
		}

	}

}
