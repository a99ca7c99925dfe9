package org.tootkey.outbound;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * Reads (GET, HEAD) go through the pooled client, which may reuse a connection and
 * repeats a read once if the reused connection turns out dead. Everything else
 * (registering an app, the token exchange, a first post, revoking) goes through a client
 * that opens a new connection for every request and never keeps it, so such a request
 * never meets a connection the server has silently closed and is never sent twice.
 */
class WritesOnFreshConnections implements ClientHttpRequestFactory {

	private final ClientHttpRequestFactory reads;

	private final ClientHttpRequestFactory writes;

	WritesOnFreshConnections(ClientHttpRequestFactory reads, ClientHttpRequestFactory writes) {
		this.reads = reads;
		this.writes = writes;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		boolean read = ReusedConnectionRetry.readsOnly(httpMethod.name());
		return (read ? this.reads : this.writes).createRequest(uri, httpMethod);
	}

}
