package org.tootkey.outbound;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BooleanSupplier;

/**
 * Reads a response body, failing once it passes a size cap or the call's deadline. On
 * failure the connection is dropped ({@code abort}), never drained: draining would let a
 * server that drips bytes hold the call open.
 */
class GuardedInputStream extends FilterInputStream {

	private final long maxBytes;

	private final long deadlineNanos;

	private final Runnable abort;

	private final BooleanSupplier deadlineFired;

	private final Runnable closed;

	private long count;

	private boolean failed;

	GuardedInputStream(InputStream in, long maxBytes, long deadlineNanos, Runnable abort, BooleanSupplier deadlineFired,
			Runnable closed) {
		super(in);
		this.closed = closed;
		this.maxBytes = maxBytes;
		this.deadlineNanos = deadlineNanos;
		this.abort = abort;
		this.deadlineFired = deadlineFired;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return (n <= 0) ? -1 : (one[0] & 0xff);
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		checkDeadline();
		int n;
		try {
			n = super.read(buffer, offset, length);
		}
		catch (IOException ex) {
			throw this.deadlineFired.getAsBoolean() ? fail(new DeadlineExceededException()) : ex;
		}
		if (n > 0) {
			this.count += n;
			if (this.count > this.maxBytes) {
				throw fail(new ResponseTooLargeException());
			}
			checkDeadline();
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
	}

	@Override
	public void close() throws IOException {
		try {
			if (!this.failed) {
				super.close();
			}
		}
		finally {
			this.closed.run();
		}
	}

	private void checkDeadline() throws IOException {
		if (System.nanoTime() - this.deadlineNanos > 0) {
			throw fail(new DeadlineExceededException());
		}
	}

	private IOException fail(IOException failure) {
		this.failed = true;
		this.abort.run();
		return failure;
	}

}
