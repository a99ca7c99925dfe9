package org.tootkey.flow;

import org.tootkey.fake.Connections;

/**
 * Every journey of {@link ServerModeFlowTests}, for every program the fake imitates,
 * against a server that answers one request per connection and then closes it without a
 * {@code Connection: close} header (issue 10): the pooled connection it leaves behind is
 * dead, and a careful client must not send the next request on it, nor fail because of
 * it.
 */
class ServerModeClosedConnectionsFlowTests extends ServerModeFlowTests {

	@Override
	Connections connections() {
		return Connections.CLOSE_AFTER_EACH_RESPONSE;
	}

}
