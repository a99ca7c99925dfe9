package org.tootkey.outbound;

import java.io.IOException;
import java.net.SocketException;

import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.impl.io.HttpRequestExecutor;
import org.apache.hc.core5.http.io.HttpClientConnection;
import org.apache.hc.core5.http.io.HttpResponseInformationCallback;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Sends a request on a connection and tells apart the one failure worth a second try: a
 * connection that had served earlier requests ended (no response at all, or a reset)
 * before any response head arrived, which is what a server's close of an idle connection
 * looks like to the next request. Such failures become {@link ReusedConnectionFailure};
 * all others, and all failures on a new connection, pass unchanged.
 */
class ReuseAwareRequestExecutor extends HttpRequestExecutor {

	@Override
	public ClassicHttpResponse execute(ClassicHttpRequest request, HttpClientConnection connection,
			HttpResponseInformationCallback informationCallback, HttpContext context)
			throws IOException, HttpException {
		boolean reused = connection.getEndpointDetails() != null
				&& connection.getEndpointDetails().getRequestCount() > 0;
		try {
			return super.execute(request, connection, informationCallback, context);
		}
		catch (NoHttpResponseException | SocketException ex) {
			throw reused ? new ReusedConnectionFailure(ex) : ex;
		}
	}

}
