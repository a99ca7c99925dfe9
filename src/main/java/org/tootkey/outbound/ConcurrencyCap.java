package org.tootkey.outbound;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Caps the number of calls to servers under way at once, for all visitors together. At
 * the cap a call waits its turn (first come, first served) for at most
 * {@code tootkey.outbound.permit-wait}; only past that wait does it fail as
 * {@link OutboundProblem#BUSY}, without touching the network. The deadline and size cap
 * live in {@link DeadlineAndSizeCap}, inside the HTTP client.
 */
class ConcurrencyCap implements ClientHttpRequestInterceptor {

	private final Semaphore permits;

	private final long waitNanos;

	ConcurrencyCap(OutboundProperties limits) {
		this.permits = new Semaphore(limits.maxConcurrentCalls(), true);
		this.waitNanos = limits.permitWait().toNanos();
	}

	/** A permit now, or within the bounded wait; false past it (or when interrupted). */
	private boolean acquire() {
		if (this.permits.tryAcquire()) {
			return true;
		}
		try {
			return this.waitNanos > 0 && this.permits.tryAcquire(this.waitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		if (!acquire()) {
			throw new OutboundException(OutboundProblem.BUSY);
		}
		AtomicBoolean released = new AtomicBoolean();
		Runnable release = () -> {
			if (released.compareAndSet(false, true)) {
				this.permits.release();
			}
		};
		// Released in finally unless a response now owns the permit: whatever ends the
		// call,
		// an Error included (a StackOverflowError once leaked one permit per call here).
		boolean handedOver = false;
		try {
			ClientHttpResponse response = new ReleasingResponse(execution.execute(request, body), release);
			handedOver = true;
			return response;
		}
		finally {
			if (!handedOver) {
				release.run();
			}
		}
	}

	/** Gives the permit back when the response is closed. */
	private static final class ReleasingResponse extends DelegatingResponse {

		private final Runnable release;

		ReleasingResponse(ClientHttpResponse delegate, Runnable release) {
			super(delegate);
			this.release = release;
		}

		@Override
		public void close() {
			try {
				super.close();
			}
			finally {
				this.release.run();
			}
		}

	}

}
