package org.tootkey.outbound;

import java.io.InterruptedIOException;

/** A response took longer, in total, than a call may last. */
class DeadlineExceededException extends InterruptedIOException {

	DeadlineExceededException() {
		super("deadline exceeded");
	}

}
