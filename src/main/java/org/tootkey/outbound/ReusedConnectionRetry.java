package org.tootkey.outbound;

import java.io.IOException;

import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.impl.DefaultConnectionReuseStrategy;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;

/**
 * Apache HttpClient's retry decision, narrowed to one case: a GET or HEAD that found its
 * pooled connection dead ({@link ReusedConnectionFailure}) goes once more, at once, on a
 * new connection, provided the call's deadline has not passed. Nothing else is ever
 * repeated: no status code, no timeout, no request that changes anything on the server.
 * <p>
 * The pool hands out an idle connection whose state equals the caller's, or else one
 * without state. Every call starts with {@link #POOLED} as its state
 * ({@link #pooledContext()}), and every pooled connection is kept under it; the retry
 * asks with a state of its own, which no pooled connection has, so it gets a new
 * connection, and that one is closed after use ({@link #keepAlive}), not pooled.
 */
class ReusedConnectionRetry implements HttpRequestRetryStrategy {

	/** The state of every call and every pooled connection. */
	static final Object POOLED = new Object();

	private static final String FRESH = ReusedConnectionRetry.class.getName() + ".fresh";

	/** The context each call starts with. */
	static HttpContext pooledContext() {
		HttpClientContext context = HttpClientContext.create();
		context.setUserToken(POOLED);
		return context;
	}

	/** Whether to pool the connection after this exchange: never the retry's own. */
	static boolean keepAlive(HttpRequest request, HttpResponse response, HttpContext context) {
		// A connection that carried a key (Authorization: Bearer …) is closed, not
		// pooled, so
		// its output buffer with the key becomes garbage instead of staying reachable for
		// minutes.
		return context.getAttribute(FRESH) == null && !request.containsHeader("Authorization")
				&& DefaultConnectionReuseStrategy.INSTANCE.keepAlive(request, response, context);
	}

	@Override
	public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
		boolean retry = execCount == 1 && exception instanceof ReusedConnectionFailure && readsOnly(request.getMethod())
				&& !DeadlineAndSizeCap.passed(context);
		if (retry) {
			HttpClientContext client = HttpClientContext.castOrCreate(context);
			client.setUserToken(new Object());
			client.setAttribute(FRESH, Boolean.TRUE);
		}
		return retry;
	}

	@Override
	public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
		return false;
	}

	@Override
	public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
		return TimeValue.ZERO_MILLISECONDS;
	}

	@Override
	public TimeValue getRetryInterval(HttpRequest request, IOException exception, int execCount, HttpContext context) {
		return TimeValue.ZERO_MILLISECONDS;
	}

	/**
	 * Methods that only read: the only ones sent on pooled connections and ever repeated.
	 */
	static boolean readsOnly(String method) {
		return Method.GET.isSame(method) || Method.HEAD.isSame(method);
	}

}
