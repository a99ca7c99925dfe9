package org.tootkey.exchanges;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import org.tootkey.MessageKeys;
import org.tootkey.outbound.DelegatingResponse;
import org.tootkey.outbound.OutboundException;

/**
 * Writes each call into the thread's {@link ExchangeLog}, when one is bound: the response
 * body is read here (already capped by the request factory) and handed on from memory.
 * Without a bound log it does nothing.
 */
@Component
class ExchangeRecorder implements ClientHttpRequestInterceptor {

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		ExchangeLog log = ExchangeLog.current();
		if (log == null) {
			return execution.execute(request, body);
		}
		String method = request.getMethod().name();
		String url = Redaction.url(request.getURI().toString());
		boolean authorized = request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
		String sent = Redaction.body(body);
		long start = System.nanoTime();
		try {
			ClientHttpResponse response = execution.execute(request, body);
			byte[] received;
			try (InputStream in = response.getBody()) {
				received = in.readAllBytes();
			}
			catch (IOException | RuntimeException ex) {
				response.close();
				throw ex;
			}
			log.add(new ExchangeLog.Exchange(method, url, authorized, sent, response.getStatusCode().value(), null,
					millisSince(start), Redaction.body(received)));
			return new BufferedResponse(response, received);
		}
		catch (IOException | RuntimeException ex) {
			log.add(new ExchangeLog.Exchange(method, url, authorized, sent, 0,
					MessageKeys.code(OutboundException.classify(ex)), millisSince(start), ""));
			throw ex;
		}
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	/** The response with its body already read. */
	private static final class BufferedResponse extends DelegatingResponse {

		private final byte[] body;

		BufferedResponse(ClientHttpResponse delegate, byte[] body) {
			super(delegate);
			this.body = body;
		}

		@Override
		public InputStream getBody() {
			return new ByteArrayInputStream(this.body);
		}

	}

}
