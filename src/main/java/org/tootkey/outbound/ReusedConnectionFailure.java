package org.tootkey.outbound;

import java.io.IOException;

/**
 * A request sent on a connection that had already carried an earlier exchange got no
 * answer at all: the server had closed that connection while it sat in our pool (it may
 * do so at any time, RFC 9112 §9.6, and some servers do it after every response without a
 * {@code Connection: close} header). Such a request is safe to send again on a new
 * connection if its method is idempotent (RFC 9110 §9.2.2, RFC 9112 §9.3.1).
 */
class ReusedConnectionFailure extends IOException {

	ReusedConnectionFailure(IOException cause) {
		super("no response on a reused connection", cause);
	}

}
