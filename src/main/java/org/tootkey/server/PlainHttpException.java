package org.tootkey.server;

/**
 * With local servers allowed, the server answered in plain http where https was tried: a
 * server on one's own machine or network, typed without {@code http://}. The page says so
 * and offers the same address over http; outside local mode http is never suggested.
 */
public class PlainHttpException extends DiscoveryException {

	private static final long serialVersionUID = 1L;

	static final String MESSAGE_KEY = "server.error.plain-http.local";

	PlainHttpException(ServerAddress server) {
		super(MESSAGE_KEY, server.displayHost(), "http://" + server.authority());
	}

	/**
	 * What the person typed, over http: the scheme put in front (or {@code https://}
	 * replaced), the rest kept; {@code null} for a handle, which has no place for a
	 * scheme.
	 */
	public static String retry(String typed) {
		String text = (typed != null) ? typed.strip() : "";
		if (text.regionMatches(true, 0, "https://", 0, 8)) {
			text = text.substring(8);
		}
		int slash = text.indexOf('/');
		String authority = (slash >= 0) ? text.substring(0, slash) : text;
		if (text.isEmpty() || authority.contains("@") || text.contains("://")) {
			return null;
		}
		return "http://" + text;
	}

}
