package org.tootkey.outbound;

import org.tootkey.MessageKeys;

/**
 * Why a call to a server failed, as a person would want it explained. Each value names
 * the message key of its explanation.
 */
public enum OutboundProblem {

	/** The name does not exist in DNS. */
	NAME_NOT_FOUND,
	/** Nothing answered on the server's address. */
	CONNECTION_REFUSED,
	/** The server took too long. */
	TIMEOUT,
	/** The server's certificate could not be trusted. */
	CERTIFICATE,
	/**
	 * https was spoken to a port that answers in plain http (a server on one's own
	 * machine, typed without {@code http://}).
	 */
	PLAIN_HTTP,
	/** The address is on a private or otherwise protected network. */
	ADDRESS_NOT_ALLOWED,
	/** The answer was larger than we accept. */
	TOO_LARGE,
	/** Too many calls to servers are already under way. */
	BUSY,
	/** The connection broke or something else went wrong on the way. */
	UNREACHABLE;

	/** The message key for this problem. */
	public String messageKey() {
		return "outbound." + MessageKeys.slug(this);
	}

}
