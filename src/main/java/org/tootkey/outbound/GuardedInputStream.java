package org.tootkey.outbound;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a response body, failing once it passes a size cap or a deadline. The deadline is
 * checked on every read, so a server that drips one byte at a time is cut off.
 */
class GuardedInputStream extends FilterInputStream {

	private final long maxBytes;

	private final long deadlineNanos;

	private long count;

	GuardedInputStream(InputStream in, long maxBytes, long deadlineNanos) {
		super(in);
		this.maxBytes = maxBytes;
		this.deadlineNanos = deadlineNanos;
	}

	@Override
	public int read() throws IOException {
		checkDeadline();
		int b = super.read();
		if (b >= 0) {
			counted(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		checkDeadline();
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			counted(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		throw new IOException("skip not supported");
	}

	private void counted(int n) throws IOException {
		this.count += n;
		if (this.count > this.maxBytes) {
			throw new ResponseTooLargeException();
		}
		checkDeadline();
	}

	private void checkDeadline() throws IOException {
		if (System.nanoTime() - this.deadlineNanos > 0) {
			throw new DeadlineExceededException();
		}
	}

}
