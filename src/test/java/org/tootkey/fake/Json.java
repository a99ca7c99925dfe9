package org.tootkey.fake;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.JsonpCharacterEscapes;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fake server's JSON, written and read by Jackson: maps, lists, strings, numbers,
 * booleans and null. Request bodies are read strictly (objects come back as
 * {@code LinkedHashMap}, arrays as {@code List}, integral numbers as {@code Long} or
 * {@code BigInteger}, other numbers as {@code BigDecimal}). Written the way Rails writes
 * it: {@code /} as is, U+2028 and U+2029 escaped, other control characters escaped in
 * lower-case hex. Deliberately broken JSON is not written here: the faults send raw
 * bytes.
 */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper
		.builder(JsonFactory.builder().characterEscapes(JsonpCharacterEscapes.instance()).build())
		.disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES, JsonWriteFeature.WRITE_HEX_UPPER_CASE)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_LONG_FOR_INTS,
				DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

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
		return MAPPER.writeValueAsString(value);
	}

	/**
	 * Parses one JSON value; throws {@link IllegalArgumentException} on anything
	 * malformed.
	 */
	static Object parse(String text) {
		try {
			return MAPPER.readValue(text, Object.class);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Malformed JSON: " + ex.getOriginalMessage(), ex);
		}
	}

}
