package org.tootkey.server;

import org.tootkey.TootkeyException;

/**
 * What someone typed is not a server address we can use. Only a message key, never the
 * input: the page shows the typed value back in its field.
 */
public class InvalidServerAddressException extends TootkeyException {

	private static final long serialVersionUID = 1L;

	InvalidServerAddressException(String reason) {
		super("server.invalid." + reason);
	}

}
