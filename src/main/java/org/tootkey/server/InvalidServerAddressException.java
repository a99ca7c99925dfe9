package org.tootkey.server;

/**
 * What someone typed is not a server address we can use. Only a message key, never the
 * input: the page shows the typed value back in its field.
 */
public class InvalidServerAddressException extends RuntimeException {

	private final String messageKey;

	InvalidServerAddressException(String reason) {
		super(reason, null, false, false);
		this.messageKey = "server.invalid." + reason;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
