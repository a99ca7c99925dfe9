package org.tootkey.outbound;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

import javax.net.ssl.SSLException;

import org.apache.hc.core5.http.ConnectionRequestTimeoutException;

import org.springframework.boot.http.client.FilteredHostException;
import org.tootkey.MessageKeys;

/**
 * Why a call to a server failed, as a person would want it explained. Each value names the
 * message key of its explanation.
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

	/** Classifies an exception thrown while calling a server. */
	public static OutboundProblem of(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof OutboundException outbound) {
				return outbound.problem();
			}
			if (t instanceof FilteredHostException) {
				return ADDRESS_NOT_ALLOWED;
			}
			if (t instanceof ResponseTooLargeException) {
				return TOO_LARGE;
			}
			if (t instanceof UnknownHostException) {
				return NAME_NOT_FOUND;
			}
			if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
				return CONNECTION_REFUSED;
			}
			if (t instanceof ConnectionRequestTimeoutException) {
				// no pooled connection free in time: our own load, not the server's slowness
				return BUSY;
			}
			if (t instanceof InterruptedIOException) {
				return TIMEOUT;
			}
			if (t instanceof SSLException) {
				return CERTIFICATE;
			}
			if (t == t.getCause()) {
				break;
			}
		}
		return UNREACHABLE;
	}

}
