package org.tootkey.exchanges;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes secrets out of what the exchange log keeps: values of secret-bearing names in form
 * bodies, query strings and JSON, whatever their position.
 */
final class Redaction {

	static final String MARK = "…redacted…";

	static final int MAX_BODY = 2048;

	private static final String NAMES = "client_secret|access_token|refresh_token|id_token|code|code_verifier|state|password|token";

	private static final Pattern FORM = Pattern.compile("(^|[&?])(" + NAMES + ")=[^&#]*");

	private static final Pattern JSON = Pattern.compile("(\"(?:" + NAMES + ")\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+)");

	private Redaction() {
	}

	/** A URL with the values of secret query parameters replaced. */
	static String url(String url) {
		int query = url.indexOf('?');
		if (query < 0) {
			return url;
		}
		return url.substring(0, query) + form(url.substring(query));
	}

	/** A body as text (form or JSON), secrets replaced, cut to {@value #MAX_BODY} characters. */
	static String body(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			return "";
		}
		String text = new String(bytes, 0, Math.min(bytes.length, MAX_BODY * 4), StandardCharsets.UTF_8);
		String redacted = json(form(text));
		return (redacted.length() > MAX_BODY) ? redacted.substring(0, MAX_BODY) + " …" : redacted;
	}

	static String form(String text) {
		return FORM.matcher(text).replaceAll((match) -> Matcher.quoteReplacement(match.group(1) + match.group(2) + "=" + MARK));
	}

	static String json(String text) {
		return JSON.matcher(text).replaceAll((match) -> Matcher.quoteReplacement(match.group(1) + "\"" + MARK + "\""));
	}

}
