package org.tootkey.server;

/** No server has that name, but a well-known one is a typo away. */
public class NameNotFoundException extends DiscoveryException {

	private static final long serialVersionUID = 1L;

	private final String suggestion;

	NameNotFoundException(String host, String suggestion) {
		super("server.error.name-not-found-near", host, suggestion);
		this.suggestion = suggestion;
	}

	/** A name from {@link NearMiss}'s built-in list. */
	public String suggestion() {
		return this.suggestion;
	}

}
