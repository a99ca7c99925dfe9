package org.tootkey.outbound;

import java.io.IOException;

/** A response body went past the size cap. */
class ResponseTooLargeException extends IOException {

	ResponseTooLargeException() {
		super("response body too large", null);
	}

}
