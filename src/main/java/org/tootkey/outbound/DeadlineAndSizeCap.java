package org.tootkey.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * The outermost step of Apache HttpClient's chain: a total deadline for the whole call
 * (headers and body; an alarm drops the connection when it passes, so even a server that
 * drips its headers is cut off) and a size cap on the body after decompression, checked
 * on the declared length and while reading.
 */
class DeadlineAndSizeCap implements ExecChainHandler {

	static final String NAME = "tootkey-deadline";

	/**
	 * Context attribute: set once the call's deadline has passed, so nothing retries
	 * after it.
	 */
	private static final String PASSED = DeadlineAndSizeCap.class.getName() + ".passed";

	private final ScheduledExecutorService alarms;

	private final long deadlineNanos;

	private final long maxBytes;

	DeadlineAndSizeCap(ScheduledExecutorService alarms, OutboundProperties limits) {
		this.alarms = alarms;
		this.deadlineNanos = limits.deadline().toNanos();
		this.maxBytes = limits.maxResponseSize().toBytes();
	}

	@Override
	public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
			throws IOException, HttpException {
		long deadline = System.nanoTime() + this.deadlineNanos;
		AtomicBoolean fired = new AtomicBoolean();
		scope.clientContext.setAttribute(PASSED, fired);
		Runnable abort = scope.execRuntime::discardEndpoint;
		ScheduledFuture<?> alarm = this.alarms.schedule(() -> {
			fired.set(true);
			abort.run();
		}, this.deadlineNanos, TimeUnit.NANOSECONDS);
		ClassicHttpResponse response;
		try {
			response = chain.proceed(request, scope);
		}
		catch (Throwable ex) {
			alarm.cancel(false);
			if (fired.get()) {
				throw new DeadlineExceededException();
			}
			throw ex;
		}
		HttpEntity entity = response.getEntity();
		if (entity == null) {
			alarm.cancel(false);
			return response;
		}
		if (entity.getContentLength() > this.maxBytes) {
			alarm.cancel(false);
			abort.run();
			throw new ResponseTooLargeException();
		}
		response.setEntity(new HttpEntityWrapper(entity) {

			@Override
			public InputStream getContent() throws IOException {
				return new GuardedInputStream(super.getContent(), DeadlineAndSizeCap.this.maxBytes, deadline, abort,
						fired::get, () -> alarm.cancel(false));
			}

			@Override
			public void close() throws IOException {
				try {
					super.close();
				}
				finally {
					alarm.cancel(false);
				}
			}

		});
		return response;
	}

	/** Whether the deadline of the call this context belongs to has passed. */
	static boolean passed(HttpContext context) {
		return context.getAttribute(PASSED) instanceof AtomicBoolean fired && fired.get();
	}

}
