package org.tootkey.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Applies the limits every call shares: a cap on calls under way at once, a total deadline
 * and a size cap on the answer (declared or streamed).
 */
class OutboundGuard implements ClientHttpRequestInterceptor {

	private final OutboundProperties limits;

	private final Semaphore permits;

	OutboundGuard(OutboundProperties limits) {
		this.limits = limits;
		this.permits = new Semaphore(limits.maxConcurrentCalls());
	}

	/** Calls that may still start now. */
	int availablePermits() {
		return this.permits.availablePermits();
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		if (!this.permits.tryAcquire()) {
			throw new OutboundException(OutboundProblem.BUSY);
		}
		long deadline = System.nanoTime() + this.limits.deadline().toNanos();
		AtomicBoolean released = new AtomicBoolean();
		Runnable release = () -> {
			if (released.compareAndSet(false, true)) {
				this.permits.release();
			}
		};
		try {
			ClientHttpResponse response = execution.execute(request, body);
			long declared = response.getHeaders().getContentLength();
			if (declared > this.limits.maxResponseSize().toBytes()) {
				response.close();
				throw new ResponseTooLargeException();
			}
			return new GuardedResponse(response, deadline, release);
		}
		catch (IOException | RuntimeException ex) {
			release.run();
			throw ex;
		}
	}

	private final class GuardedResponse implements ClientHttpResponse {

		private final ClientHttpResponse delegate;

		private final long deadline;

		private final Runnable release;

		private InputStream body;

		GuardedResponse(ClientHttpResponse delegate, long deadline, Runnable release) {
			this.delegate = delegate;
			this.deadline = deadline;
			this.release = release;
		}

		@Override
		public HttpStatusCode getStatusCode() throws IOException {
			return this.delegate.getStatusCode();
		}

		@Override
		public String getStatusText() throws IOException {
			return this.delegate.getStatusText();
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.delegate.getHeaders();
		}

		@Override
		public InputStream getBody() throws IOException {
			if (this.body == null) {
				this.body = new GuardedInputStream(this.delegate.getBody(),
						OutboundGuard.this.limits.maxResponseSize().toBytes(), this.deadline);
			}
			return this.body;
		}

		@Override
		public void close() {
			try {
				this.delegate.close();
			}
			finally {
				this.release.run();
			}
		}

	}

}
