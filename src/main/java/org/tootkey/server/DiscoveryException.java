package org.tootkey.server;

/**
 * The server could not be used. Carries a message key and, for some keys, one argument
 * we produced ourselves (a program's name, a wait in minutes), never upstream text.
 */
public class DiscoveryException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public DiscoveryException(String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
