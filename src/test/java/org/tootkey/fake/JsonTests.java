package org.tootkey.fake;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The fake's JSON keeps the bytes its hand-written writer sent before it became Jackson,
 * and reads request bodies as strictly.
 */
class JsonTests {

	@Test
	void writeWhenValuesHoldSlashesLineSeparatorsAndControlsThenRailsLikeBytesInOrder() {
		Map<String, Object> value = Json.obj("url", "https://fake.social/@bot", "line", "a\u2028b\u2029c", "control",
				"\u001b[2J\t\"\\", "list", List.of(1, 2L, true), "none", null);
		assertThat(Json.write(value)).isEqualTo("{\"url\":\"https://fake.social/@bot\",\"line\":\"a\\u2028b\\u2029c\","
				+ "\"control\":\"\\u001b[2J\\t\\\"\\\\\",\"list\":[1,2,true],\"none\":null}");
	}

	@Test
	void parseWhenBodyIsWellFormedThenOrderedMapsLongsAndDecimals() {
		Object parsed = Json.parse("{\"b\":1,\"a\":[2.5,\"x\\u005fy\"],\"c\":null}");
		assertThat(parsed).isEqualTo(Json.obj("b", 1L, "a", List.of(new BigDecimal("2.5"), "x_y"), "c", null));
		assertThat(((Map<?, ?>) parsed).keySet().stream().map(String::valueOf)).containsExactly("b", "a", "c");
	}

	@Test
	void parseWhenBodyIsMalformedThenIllegalArgument() {
		for (String bad : List.of("{\"a\":1", "{\"a\":1} x", "{a:1}", "{\"a\":\"tab\there\"}", "[1,]", "'a'")) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> Json.parse(bad));
		}
	}

}
