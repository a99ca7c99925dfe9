package org.tootkey.exchanges;

import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes secrets out of what the exchange log keeps: values of secret-bearing names in
 * form bodies, query strings and JSON, whatever their position or nesting.
 * <p>
 * Names are compared after decoding, as the server or we would read them: JSON keys after
 * the parser has undone escapes ({@code "access\u005ftoken"} is {@code access_token}),
 * form and query names after percent-decoding. Everything here is one pass over the text,
 * with no recursion and no backtracking pattern, so neither time nor stack grows faster
 * than the input (which is capped first).
 */
final class Redaction {

	static final String MARK = "…redacted…";

	static final int MAX_BODY = 2048;

	private static final Set<String> NAMES = Set.of("client_secret", "access_token", "refresh_token", "id_token",
			"code", "code_verifier", "state", "password", "token");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Redaction() {
	}

	/** A URL with the values of secret query parameters replaced. */
	static String url(String url) {
		int query = url.indexOf('?');
		if (query < 0) {
			return url;
		}
		int fragment = url.indexOf('#', query);
		String tail = (fragment < 0) ? "" : url.substring(fragment);
		String params = (fragment < 0) ? url.substring(query + 1) : url.substring(query + 1, fragment);
		return url.substring(0, query + 1) + form(params) + tail;
	}

	/**
	 * A body as text (form or JSON), secrets replaced, cut to {@value #MAX_BODY}
	 * characters.
	 */
	static String body(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			return "";
		}
		String text = new String(bytes, 0, Math.min(bytes.length, MAX_BODY * 4), StandardCharsets.UTF_8);
		String redacted = looksLikeJson(text) ? json(text) : form(text);
		return (redacted.length() > MAX_BODY) ? redacted.substring(0, MAX_BODY) + " …" : redacted;
	}

	/** Whether a name, as decoded, is one whose value is secret. */
	static boolean isSecret(String name) {
		return NAMES.contains(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * {@code name=value&…}: each pair whose decoded name is secret keeps its name, not
	 * its value.
	 */
	static String form(String text) {
		StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_BODY * 4));
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('&', start);
			if (end < 0) {
				end = text.length();
			}
			String pair = text.substring(start, end);
			int equals = pair.indexOf('=');
			if (equals >= 0 && isSecretFormName(pair.substring(0, equals))) {
				out.append(pair, 0, equals + 1).append(MARK);
			}
			else {
				out.append(pair);
			}
			if (end < text.length()) {
				out.append('&');
			}
			start = end + 1;
		}
		return out.toString();
	}

	private static boolean isSecretFormName(String raw) {
		try {
			return isSecret(URLDecoder.decode(raw, StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			// a name we cannot decode might be anything: keep its value out
			return true;
		}
	}

	/**
	 * JSON, re-written compactly token by token: the value (string, number, object or
	 * array) under a secret key becomes {@link #MARK}. Text that stops being JSON (cut at
	 * the cap, or never valid) ends the output there, marked with {@code …}, rather than
	 * showing what could not be read.
	 */
	static String json(String text) {
		StringWriter out = new StringWriter();
		try (JsonParser parser = JSON.createParser(text); JsonGenerator generator = JSON.createGenerator(out)) {
			try {
				JsonToken token;
				while ((token = parser.nextToken()) != null && out.getBuffer().length() <= MAX_BODY) {
					if (token == JsonToken.PROPERTY_NAME && isSecret(parser.currentName())) {
						generator.writeName(parser.currentName());
						parser.nextToken();
						parser.skipChildren();
						generator.writeString(MARK);
					}
					else {
						generator.copyCurrentEvent(parser);
					}
				}
				generator.flush();
			}
			catch (JacksonException ex) {
				generator.flush();
				return out + " …";
			}
		}
		catch (JacksonException ex) {
			// closing a generator with unclosed objects: what was written stands
		}
		return out.toString();
	}

	private static boolean looksLikeJson(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c)) {
				return c == '{' || c == '[';
			}
		}
		return false;
	}

}
