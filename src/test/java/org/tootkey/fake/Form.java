package org.tootkey.fake;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code application/x-www-form-urlencoded} (and query string) decoding and encoding. */
final class Form {

	private Form() {
	}

	/**
	 * Decodes {@code a=1&b=x+y&a=2} into an ordered multimap; {@code null} or empty gives
	 * an empty map.
	 */
	static Map<String, List<String>> parse(String encoded) {
		Map<String, List<String>> out = new LinkedHashMap<>();
		if (encoded == null || encoded.isEmpty()) {
			return out;
		}
		for (String pair : encoded.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = decode(eq < 0 ? pair : pair.substring(0, eq));
			String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
			out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
		}
		return out;
	}

	static String decode(String s) {
		try {
			return URLDecoder.decode(s, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException badPercent) {
			return s; // like a lenient server: keep the raw text
		}
	}

	static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	/** Encodes pairs in order, skipping null values. */
	static String encode(Map<String, String> params) {
		StringBuilder out = new StringBuilder();
		params.forEach((k, v) -> {
			if (v == null) {
				return;
			}
			if (out.length() > 0) {
				out.append('&');
			}
			out.append(encode(k)).append('=').append(encode(v));
		});
		return out.toString();
	}

	/**
	 * Appends parameters to a URI that may already carry a query (as Doorkeeper does when
	 * redirecting).
	 */
	static String appendQuery(String uri, Map<String, String> params) {
		String query = encode(params);
		if (query.isEmpty()) {
			return uri;
		}
		int hash = uri.indexOf('#');
		String fragment = hash < 0 ? "" : uri.substring(hash);
		String base = hash < 0 ? uri : uri.substring(0, hash);
		String sep = base.indexOf('?') < 0 ? "?" : (base.endsWith("?") || base.endsWith("&") ? "" : "&");
		return base + sep + query + fragment;
	}

}
