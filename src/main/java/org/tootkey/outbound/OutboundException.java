package org.tootkey.outbound;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

import javax.net.ssl.SSLException;

import org.apache.hc.core5.http.ConnectionRequestTimeoutException;

import org.springframework.boot.http.client.FilteredHostException;
import org.tootkey.TootkeyException;

/**
 * A call to a server could not be completed. Carries no upstream text: only the kind of
 * problem, so nothing the server said can reach a page or a log through it; explained by
 * the problem's own message.
 */
public class OutboundException extends TootkeyException {

	private static final long serialVersionUID = 1L;

	private final OutboundProblem problem;

	public OutboundException(OutboundProblem problem) {
		super(problem.messageKey());
		this.problem = problem;
	}

	public OutboundProblem problem() {
		return this.problem;
	}

	/** Wraps any failure of a call as an {@code OutboundException}, classified. */
	public static OutboundException from(Throwable failure) {
		if (failure instanceof OutboundException outbound) {
			return outbound;
		}
		return new OutboundException(classify(failure));
	}

	/** Classifies an exception thrown while calling a server. */
	public static OutboundProblem classify(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof OutboundException outbound) {
				return outbound.problem();
			}
			if (t instanceof FilteredHostException) {
				return OutboundProblem.ADDRESS_NOT_ALLOWED;
			}
			if (t instanceof ResponseTooLargeException) {
				return OutboundProblem.TOO_LARGE;
			}
			if (t instanceof UnknownHostException) {
				return OutboundProblem.NAME_NOT_FOUND;
			}
			if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
				return OutboundProblem.CONNECTION_REFUSED;
			}
			if (t instanceof ConnectionRequestTimeoutException) {
				// no pooled connection free in time: our own load, not the server's
				// slowness
				return OutboundProblem.BUSY;
			}
			if (t instanceof InterruptedIOException) {
				return OutboundProblem.TIMEOUT;
			}
			if (t instanceof SSLException tls) {
				return isPlainHttp(tls) ? OutboundProblem.PLAIN_HTTP : OutboundProblem.CERTIFICATE;
			}
			if (t == t.getCause()) {
				break;
			}
		}
		return OutboundProblem.UNREACHABLE;
	}

	/**
	 * Whether a TLS handshake failed because the answer was not TLS at all: a plain http
	 * server answers the TLS hello with a plain-text error ("HTTP/1.1 400 …"), which the
	 * JDK's TLS layer reports as "Unsupported or unrecognized SSL message" (JDK 11+,
	 * {@code SSLSocketInputRecord}) or, before, "Unrecognized SSL message, plaintext
	 * connection?". Only our own JDK's words are read, never the server's.
	 */
	private static boolean isPlainHttp(SSLException tls) {
		String message = tls.getMessage();
		return message != null && (message.contains("Unsupported or unrecognized SSL message")
				|| message.contains("plaintext connection"));
	}

}
