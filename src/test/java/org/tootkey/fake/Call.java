package org.tootkey.fake;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * One incoming request, with the body already read and the parameters parsed on demand.
 */
final class Call {

	final HttpExchange exchange;

	final String method;

	final String path;

	final String rawQuery;

	final Map<String, List<String>> query;

	final String body;

	private Params params;

	Call(HttpExchange exchange, byte[] body) {
		this.exchange = exchange;
		this.method = exchange.getRequestMethod().toUpperCase();
		this.path = exchange.getRequestURI().getPath();
		this.rawQuery = exchange.getRequestURI().getRawQuery();
		this.query = Form.parse(rawQuery);
		this.body = new String(body, StandardCharsets.UTF_8);
	}

	String header(String name) {
		return exchange.getRequestHeaders().getFirst(name);
	}

	boolean is(String method, String path) {
		return this.method.equals(method) && this.path.equals(path);
	}

	/**
	 * Query and body parameters; throws {@link Params.Malformed} for an unparseable body.
	 */
	Params params() {
		if (params == null) {
			params = Params.of(query, body, header("Content-Type"));
		}
		return params;
	}

	/**
	 * The bearer token from the Authorization header, or Doorkeeper's
	 * {@code access_token} parameter fallback.
	 */
	String bearerToken() {
		String auth = header("Authorization");
		if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String token = auth.substring(7).trim();
			return token.isEmpty() ? null : token;
		}
		try {
			return params().present("access_token");
		}
		catch (Params.Malformed e) {
			return null;
		}
	}

	/** {@code [clientId, clientSecret]} from HTTP Basic, or {@code null}. */
	String[] basicCredentials() {
		String auth = header("Authorization");
		if (auth == null || !auth.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			if (colon < 0) {
				return null;
			}
			// RFC 6749 §2.3.1: both parts are form-urlencoded before being joined
			return new String[] { Form.decode(decoded.substring(0, colon)), Form.decode(decoded.substring(colon + 1)) };
		}
		catch (IllegalArgumentException notBase64) {
			return null;
		}
	}

}
