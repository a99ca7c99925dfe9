package org.tootkey.fake;

/**
 * Ways to make matching requests misbehave ({@link FakeMastodon#fault(String, Fault)}).
 * The request is still recorded; only the faults marked "real answer" run the endpoint
 * (and change state) before mangling its answer.
 */
public enum Fault {

	/**
	 * Never answers: sleeps 60 s (or until the server is closed), then drops the
	 * connection.
	 */
	TIMEOUT,
	/**
	 * Closes the connection without a response. The JDK's HttpServer cannot set SO_LINGER
	 * 0, so this is an orderly close (FIN), not a TCP RST: the client sees end-of-stream
	 * before any status line (java.net.http: "IOException: HTTP/1.1 header parser
	 * received no bytes"; Apache HttpClient 5: NoHttpResponseException).
	 */
	RESET,
	/** 500 with a JSON error body. */
	STATUS_500,
	/** 502 with a reverse proxy's HTML page. */
	STATUS_502,
	/** 503 with a reverse proxy's HTML page. */
	STATUS_503,
	/** 429 with {@code Retry-After: 30} and Mastodon's rate-limit headers. */
	RATE_LIMITED,
	/**
	 * 429 as Mastodon's Rack::Attack responder sends it: no {@code Retry-After}, only
	 * {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining: 0} and
	 * {@code X-RateLimit-Reset} (ISO 8601, here 5 minutes ahead) — mastodon/mastodon
	 * config/initializers/rack_attack.rb, {@code throttled_responder};
	 * mastodon/documentation content/en/api/rate-limits.md.
	 */
	RATE_LIMITED_RESET_ONLY,
	/**
	 * 200 with a web page where JSON should be (a site whose catch-all route answers
	 * every path).
	 */
	HTML_PAGE,
	/** 500 with an HTML body (a server error page). */
	HTML_ERROR,
	/** 200 with an empty body (Content-Length: 0) and a JSON content type. */
	EMPTY_BODY,
	/** 200, application/json, truncated JSON. */
	MALFORMED_JSON,
	/** 200, application/json, a 10 MiB body. */
	HUGE_BODY,
	/** 200 at once, then one byte every 500 ms for 60 s (chunked). */
	SLOW_DRIP,
	/** 302 to http://169.254.169.254/latest/meta-data/ (the cloud metadata address). */
	REDIRECT_TO_PRIVATE,
	/** Real answer, but labelled {@code text/plain}. */
	WRONG_CONTENT_TYPE,
	/** 200 {}. */
	MISSING_FIELDS,
	/** Real answer, with {@code token_type} removed (for /oauth/token). */
	TOKEN_WITHOUT_TYPE,
	/** Real answer, with {@code "token_type":"bearer"} (for /oauth/token). */
	TOKEN_TYPE_LOWERCASE,
	/**
	 * 200 JSON whose secret-looking fields ({@code access_token}, {@code token}) hold
	 * 6,000-character values, as a server issuing large JWTs would send (issue 11, item
	 * 1: the old redaction pattern recursed per character).
	 */
	LONG_SECRET_VALUE,
	/**
	 * Real answer, swollen to about 900 KiB (under Tootkey's 1 MiB cap): a JSON object
	 * gains thousands of {@code rules}, a {@code scopes_supported} list of 30,000 names
	 * and a 200,000-character {@code title} and {@code description} (issue 11, item 2:
	 * kept whole, one look-up held ~19 MB of heap).
	 */
	HUGE_LISTS,
	/**
	 * Real answer, but every {@code client_id}, {@code client_secret} and
	 * {@code access_token} in it carries shell and compose metacharacters
	 * ({@link FaultInjector#UNSAFE_SUFFIX}: quote, backtick, {@code $( )}, {@code ${ }},
	 * newline) (issue 11, item 4).
	 */
	UNSAFE_VALUE,
	/**
	 * 200 with a small web page, labelled with a malformed {@code Content-Type} that
	 * carries an escape sequence ({@code "text/html;;=\u001b[2J\u001b]0;pwned\u0007"}):
	 * once a 500, with the raw bytes in the log (issue 11, item 7).
	 */
	MALFORMED_CONTENT_TYPE

}
