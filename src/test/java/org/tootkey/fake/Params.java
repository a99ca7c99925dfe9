package org.tootkey.fake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Request parameters merged the way Rails does it: query string first, then the body
 * (form-encoded or a flat JSON object). A value sent as a JSON array or as
 * {@code name[]=…} form fields is remembered as an array, because some servers reject
 * arrays where they expect a string.
 */
final class Params {

	/**
	 * The body could not be parsed (malformed JSON, a JSON body that is not an object).
	 */
	static final class Malformed extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Malformed(String message) {
			super(message);
		}

	}

	private final Map<String, List<String>> values = new LinkedHashMap<>();

	private final Set<String> arrays = new HashSet<>();

	static Params of(Map<String, List<String>> query, String body, String contentType) {
		Params p = new Params();
		p.addForm(query);
		String type = contentType == null ? "" : contentType.toLowerCase();
		if (body != null && !body.isBlank()) {
			if (type.startsWith("application/json") || type.contains("+json")) {
				p.addJson(body);
			}
			else if (type.isEmpty() || type.startsWith("application/x-www-form-urlencoded")) {
				p.addForm(Form.parse(body.strip()));
			}
			// other types (multipart, text) carry no parameters the fake understands
		}
		return p;
	}

	private void addForm(Map<String, List<String>> form) {
		form.forEach((rawName, list) -> {
			String name = rawName;
			if (name.endsWith("[]")) {
				name = name.substring(0, name.length() - 2);
				arrays.add(name);
			}
			values.computeIfAbsent(name, k -> new ArrayList<>()).addAll(list);
		});
	}

	private void addJson(String body) {
		Object parsed;
		try {
			parsed = Json.parse(body);
		}
		catch (IllegalArgumentException e) {
			throw new Malformed(e.getMessage());
		}
		if (!(parsed instanceof Map<?, ?> map)) {
			throw new Malformed("JSON body is not an object");
		}
		map.forEach((k, v) -> {
			String name = String.valueOf(k);
			List<String> list = values.computeIfAbsent(name, x -> new ArrayList<>());
			if (v instanceof List<?> items) {
				arrays.add(name);
				for (Object item : items) {
					if (item != null && !(item instanceof Map) && !(item instanceof List)) {
						list.add(String.valueOf(item));
					}
				}
			}
			else if (v != null && !(v instanceof Map)) {
				list.add(String.valueOf(v));
			}
		});
	}

	/** The value of a parameter (the last one, as in Rails), or {@code null}. */
	String get(String name) {
		List<String> list = values.get(name);
		return list == null || list.isEmpty() ? null : list.get(list.size() - 1);
	}

	/** The value, or {@code null} when absent or blank. */
	String present(String name) {
		String v = get(name);
		return v == null || v.isBlank() ? null : v;
	}

	List<String> all(String name) {
		return values.getOrDefault(name, Collections.emptyList());
	}

	boolean has(String name) {
		return values.containsKey(name);
	}

	boolean isArray(String name) {
		return arrays.contains(name);
	}

	/** All parameters, single-valued (last wins), for re-rendering forms. */
	Map<String, String> flat() {
		Map<String, String> out = new LinkedHashMap<>();
		values.forEach((k, v) -> {
			if (!v.isEmpty()) {
				out.put(k, v.get(v.size() - 1));
			}
		});
		return out;
	}

}
