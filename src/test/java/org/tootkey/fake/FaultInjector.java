package org.tootkey.fake;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Carries out a {@link Fault}: either instead of the endpoint, or by mangling the
 * endpoint's real answer.
 */
final class FaultInjector {

	static final int HUGE_BYTES = 10 * 1024 * 1024;

	private static final long DRIP_INTERVAL_MS = 500;

	private static final int DRIP_BYTES = 120; // 60 s at one byte per 500 ms

	private FaultInjector() {
	}

	/** Faults that let the endpoint run (and change state) and then alter its answer. */
	static boolean usesRealAnswer(Fault f) {
		return f == Fault.WRONG_CONTENT_TYPE || f == Fault.TOKEN_WITHOUT_TYPE || f == Fault.TOKEN_TYPE_LOWERCASE
				|| f == Fault.HUGE_LISTS || f == Fault.UNSAFE_VALUE;
	}

	/**
	 * Answers (or deliberately does not answer) in place of the endpoint. The caller
	 * closes the exchange.
	 */
	static void answer(Fault f, HttpExchange ex) throws IOException, InterruptedException {
		switch (f) {
			case TIMEOUT -> Thread.sleep(60_000);
			case RESET -> {
			} // the exchange is closed before any header is sent: the JDK closes the
				// connection
			case STATUS_500 -> Reply.json(500, Json.obj("error", "Internal Server Error")).writeTo(ex);
			case STATUS_502 -> Reply.html(502, proxyPage("502 Bad Gateway")).writeTo(ex);
			case STATUS_503 -> Reply.html(503, proxyPage("503 Service Temporarily Unavailable")).writeTo(ex);
			case RATE_LIMITED -> Reply.json(429, Json.obj("error", "Too many requests"))
				.withHeader("Retry-After", "30")
				.withHeader("X-RateLimit-Limit", "300")
				.withHeader("X-RateLimit-Remaining", "0")
				.withHeader("X-RateLimit-Reset", Instant.now().plusSeconds(30).toString())
				.writeTo(ex);
			case RATE_LIMITED_RESET_ONLY -> Reply.json(429, Json.obj("error", "Too many requests"))
				.withHeader("X-RateLimit-Limit", "300")
				.withHeader("X-RateLimit-Remaining", "0")
				.withHeader("X-RateLimit-Reset", Instant.now().plusSeconds(300).toString())
				.writeTo(ex);
			case HTML_PAGE ->
				Reply
					.html(200,
							"<!DOCTYPE html><html><head><title>Welcome</title></head>"
									+ "<body><h1>Welcome to our site</h1></body></html>")
					.writeTo(ex);
			case HTML_ERROR -> Reply
				.html(500, "<!DOCTYPE html><html><head><title>We're sorry, but something went wrong "
						+ "(500)</title></head><body><h1>We're sorry, but something went wrong.</h1></body></html>")
				.writeTo(ex);
			case EMPTY_BODY -> Reply.of(200, Reply.JSON, new byte[0]).writeTo(ex);
			case MALFORMED_JSON ->
				Reply
					.of(200, Reply.JSON,
							"{\"access_token\":\"ZA-Yj3aBD8U8Cm7lKUp\",\"token_type\":\"Bea"
								.getBytes(StandardCharsets.UTF_8))
					.writeTo(ex);
			case HUGE_BODY -> huge(ex);
			case SLOW_DRIP -> drip(ex);
			case REDIRECT_TO_PRIVATE -> Reply.redirect("http://169.254.169.254/latest/meta-data/").writeTo(ex);
			case MISSING_FIELDS -> Reply.json(200, Json.obj()).writeTo(ex);
			case LONG_SECRET_VALUE ->
				Reply
					.of(200, Reply.JSON,
							("{\"access_token\":\"eyJ" + "A".repeat(6_000)
									+ "\",\"token_type\":\"Bearer\",\"scope\":\"read\",\"token\":\"" + "B".repeat(6_000)
									+ "\"}")
								.getBytes(StandardCharsets.UTF_8))
					.writeTo(ex);
			case MALFORMED_CONTENT_TYPE ->
				Reply.of(200, MALFORMED_TYPE, "<html><body>Welcome</body></html>".getBytes(StandardCharsets.UTF_8))
					.writeTo(ex);
			case WRONG_CONTENT_TYPE, TOKEN_WITHOUT_TYPE, TOKEN_TYPE_LOWERCASE, HUGE_LISTS, UNSAFE_VALUE ->
				throw new IllegalArgumentException(f + " needs the real answer");
		}
	}

	/** Alters a real answer. */
	static Reply transform(Fault f, Reply real) {
		return switch (f) {
			case WRONG_CONTENT_TYPE -> real.withBody("text/plain; charset=utf-8", real.body());
			case TOKEN_WITHOUT_TYPE, TOKEN_TYPE_LOWERCASE ->
				retype(real, f == Fault.TOKEN_WITHOUT_TYPE ? null : "bearer");
			case HUGE_LISTS -> swell(real);
			case UNSAFE_VALUE -> poison(real);
			default -> real;
		};
	}

	private static Reply retype(Reply real, String tokenType) {
		return rewritten(real, (json) -> {
			if (!json.containsKey("token_type")) {
				return false;
			}
			if (tokenType == null) {
				json.remove("token_type");
			}
			else {
				json.put("token_type", tokenType);
			}
			return true;
		});
	}

	/**
	 * The real answer with its JSON object changed, or as it was when it is no JSON
	 * object or the change left it alone.
	 */
	private static Reply rewritten(Reply real, Predicate<Map<String, Object>> change) {
		Object parsed;
		try {
			parsed = Json.parse(real.bodyText());
		}
		catch (IllegalArgumentException notJson) {
			return real;
		}
		if (!(parsed instanceof Map<?, ?> map)) {
			return real;
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> json = (Map<String, Object>) map;
		if (!change.test(json)) {
			return real;
		}
		return real.withBody(Reply.JSON, Json.write(json).getBytes(StandardCharsets.UTF_8));
	}

	/** The label {@link Fault#MALFORMED_CONTENT_TYPE} sends. */
	public static final String MALFORMED_TYPE = "text/html;;=\u001b[2J\u001b]0;pwned\u0007";

	/** Appended to credentials by {@link Fault#UNSAFE_VALUE}. */
	public static final String UNSAFE_SUFFIX = "'\"`$(touch /tmp/tootkey-pwned)${HOME}\nEVIL=1";

	private static Reply poison(Reply real) {
		return rewritten(real, (json) -> {
			for (String key : new String[] { "client_id", "client_secret", "access_token" }) {
				if (json.get(key) instanceof String value) {
					json.put(key, value + UNSAFE_SUFFIX);
				}
			}
			return true;
		});
	}

	private static Reply swell(Reply real) {
		return rewritten(real, (json) -> {
			java.util.List<Object> rules = new java.util.ArrayList<>();
			for (int i = 0; i < 1_500; i++) {
				rules.add(Json.obj("id", String.valueOf(i), "text", "Rule " + i + " " + "r".repeat(200)));
			}
			java.util.List<Object> scopes = new java.util.ArrayList<>();
			if (json.get("scopes_supported") instanceof java.util.List<?> real_scopes) {
				scopes.addAll(real_scopes);
			}
			for (int i = 0; i < 25_000; i++) {
				scopes.add("read:x" + i);
			}
			json.put("rules", rules);
			json.put("scopes_supported", scopes);
			json.put("description", "d".repeat(100_000));
			if (json.get("title") instanceof String title) {
				json.put("title", title + " " + "t".repeat(100_000));
			}
			return true;
		});
	}

	private static void huge(HttpExchange ex) throws IOException {
		byte[] head = "{\"padding\":\"".getBytes(StandardCharsets.US_ASCII);
		byte[] tail = "\"}".getBytes(StandardCharsets.US_ASCII);
		ex.getResponseHeaders().set("Content-Type", Reply.JSON);
		ex.sendResponseHeaders(200, HUGE_BYTES);
		byte[] chunk = new byte[64 * 1024];
		Arrays.fill(chunk, (byte) 'x');
		OutputStream out = ex.getResponseBody();
		try {
			out.write(head);
			long left = HUGE_BYTES - head.length - tail.length;
			while (left > 0) {
				int n = (int) Math.min(chunk.length, left);
				out.write(chunk, 0, n);
				left -= n;
			}
			out.write(tail);
		}
		catch (IOException clientGaveUp) {
			// a client with a size cap hangs up early: that is the point
		}
	}

	private static void drip(HttpExchange ex) throws IOException, InterruptedException {
		ex.getResponseHeaders().set("Content-Type", Reply.JSON);
		ex.sendResponseHeaders(200, 0); // chunked
		OutputStream out = ex.getResponseBody();
		try {
			for (int i = 0; i < DRIP_BYTES; i++) {
				// whitespace, then "{}": valid JSON for whoever waits the whole minute
				out.write(i == DRIP_BYTES - 2 ? '{' : i == DRIP_BYTES - 1 ? '}' : ' ');
				out.flush();
				Thread.sleep(DRIP_INTERVAL_MS);
			}
		}
		catch (IOException clientGaveUp) {
			// the client timed out: fine
		}
	}

	private static String proxyPage(String title) {
		return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
				+ "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
	}

}
