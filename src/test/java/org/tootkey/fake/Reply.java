package org.tootkey.fake;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A complete response, built by an endpoint and written (or mangled by a fault)
 * afterwards.
 */
record Reply(int status, Map<String, String> headers, byte[] body) {

	static final String JSON = "application/json; charset=utf-8";
	static final String HTML = "text/html; charset=utf-8";

	Reply {
		headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
	}

	static Reply json(int status, Object value) {
		return of(status, JSON, Json.write(value).getBytes(StandardCharsets.UTF_8));
	}

	static Reply html(int status, String html) {
		return of(status, HTML, html.getBytes(StandardCharsets.UTF_8));
	}

	static Reply text(int status, String text) {
		return of(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
	}

	static Reply of(int status, String contentType, byte[] body) {
		Map<String, String> h = new LinkedHashMap<>();
		if (contentType != null) {
			h.put("Content-Type", contentType);
		}
		return new Reply(status, h, body);
	}

	/** 302 Found, as Rails' {@code redirect_to} sends it. */
	static Reply redirect(String location) {
		Map<String, String> h = new LinkedHashMap<>();
		h.put("Location", location);
		h.put("Content-Type", HTML);
		String body = "<html><body>You are being <a href=\"" + Pages.esc(location) + "\">redirected</a>.</body></html>";
		return new Reply(302, h, body.getBytes(StandardCharsets.UTF_8));
	}

	Reply withHeader(String name, String value) {
		Map<String, String> h = new LinkedHashMap<>(headers);
		h.put(name, value);
		return new Reply(status, h, body);
	}

	Reply withBody(String contentType, byte[] newBody) {
		Map<String, String> h = new LinkedHashMap<>(headers);
		h.put("Content-Type", contentType);
		return new Reply(status, h, newBody);
	}

	/** OAuth token endpoint responses must not be cached (RFC 6749 §5.1). */
	Reply noStore() {
		return withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
	}

	/** Sends this reply on the exchange (no body for HEAD or for an empty body). */
	void writeTo(com.sun.net.httpserver.HttpExchange ex) throws java.io.IOException {
		headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
		boolean noBody = body.length == 0 || ex.getRequestMethod().equalsIgnoreCase("HEAD");
		ex.sendResponseHeaders(status, noBody ? -1 : body.length);
		if (!noBody) {
			try (java.io.OutputStream out = ex.getResponseBody()) {
				out.write(body);
			}
		}
	}

	String bodyText() {
		return new String(body, StandardCharsets.UTF_8);
	}
}
