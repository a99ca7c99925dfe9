package org.tootkey.server;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Reads text out of JSON a server sent, leniently: a missing field, {@code null}, an
 * empty string, an object or a boolean where text belongs all read as "nothing".
 */
public final class JsonFields {

	/** Items read from any one list. */
	static final int MAX_ITEMS = 500;

	private JsonFields() {
	}

	/**
	 * The node's text (a string, or a number written as text), stripped; null if none.
	 */
	public static String text(JsonNode node) {
		if (node == null || !(node.isString() || node.isNumber())) {
			return null;
		}
		String text = node.asString().strip();
		return text.isEmpty() ? null : text;
	}

	/** The text of an object's field; null if none. */
	public static String text(JsonNode object, String field) {
		return (object != null) ? text(object.path(field)) : null;
	}

	/** The non-blank texts of an array: its strings, or each item's {@code field}. */
	public static List<String> texts(JsonNode array, String field) {
		List<String> result = new ArrayList<>();
		if (array != null && array.isArray()) {
			// A server may send a list of any length: read at most a few hundred items
			// (the
			// callers keep fewer still).
			for (int i = 0; i < Math.min(array.size(), MAX_ITEMS); i++) {
				JsonNode item = array.get(i);
				String text = item.isString() ? item.asString() : item.path(field).asString("");
				if (!text.isBlank()) {
					result.add(text);
				}
			}
		}
		return result;
	}

}
