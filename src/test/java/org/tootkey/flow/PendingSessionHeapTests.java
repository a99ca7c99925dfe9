package org.tootkey.flow;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpSession;

import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The heap a visitor's session holds while they are away on their server's consent page
 * (the wizard's state, the registered app, the OAuth registration and authorization
 * request with state and PKCE verifier, the "technical details"). Up to
 * {@code tootkey.max-sessions} of them wait up to the session lifetime, for people who
 * start and never come back: this is what a small host pays per waiting visitor. Measured
 * object by object (jol) over many sessions at once, so what they share (the cached
 * server profile, constants) counts once, as it does on a host.
 */
class PendingSessionHeapTests extends FlowTestSupport {

	static {
		// records (ExchangeLog.Exchange, RegisteredApp…) hide their field offsets from
		// Unsafe; jol then finds them by itself
		System.setProperty("jol.magicFieldOffset", "true");
	}

	private static final int VISITORS = 20;

	/**
	 * Heap per pending session, bytes, with compressed references (any heap under 32 GB):
	 * 5,448 here before round 5 (Spring's {@code OAuth2AuthorizationRequest} and
	 * {@code ClientRegistration} with their maps, sets and the full authorize URL, two
	 * equal copies of the scope set, the server's copies of the scope names), 3,328
	 * after.
	 */
	private static final long LIMIT = 4 * 1024;

	@Autowired
	WebServerApplicationContext context;

	@Test
	void sessionsWhenVisitorsWaitOnTheConsentPageThenEachHoldsUnder4KilobytesOfHeap() throws Exception {
		assumeTrue(VM.current().sizeOfField("java.lang.Object") == 4,
				"sizes stated for compressed references (heaps under 32 GB)");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < VISITORS; i++) {
			this.browser = new WizardClient(URI.create("http://localhost:" + this.port));
			chooseServerAndRegister("post-media");
			String start = WizardClient.formAction(this.browser.get("/authorize").body());
			Hop toServer = this.browser.get(start);
			assertThat(toServer.status()).as("sent to the server's consent page").isEqualTo(302);
			assertThat(toServer.location()).startsWith(this.fake.baseUrl());
			ids.add(this.browser.sessionId());
		}
		Manager manager = ((Context) ((TomcatWebServer) this.context.getWebServer()).getTomcat()
			.getHost()
			.findChildren()[0]).getManager();
		Map<String, List<Object>> byName = new TreeMap<>();
		List<Object> all = new ArrayList<>();
		for (String id : ids) {
			HttpSession session = manager.findSession(id).getSession();
			for (String name : Collections.list(session.getAttributeNames())) {
				Object value = session.getAttribute(name);
				byName.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
				all.add(value);
			}
		}
		StringBuilder breakdown = new StringBuilder();
		byName.forEach(
				(name, values) -> breakdown.append(String.format("%n  %6d B  %s", perSession(values.toArray()), name)));
		long perSession = perSession(all.toArray());
		System.out.println("[measure] heap per pending session: " + perSession + " bytes" + breakdown);
		assertThat(perSession).as("heap per pending session, bytes:" + breakdown).isLessThan(LIMIT);
	}

	/**
	 * Heap of everything reachable from the values, per visitor, the array itself not
	 * counted.
	 */
	private static long perSession(Object[] values) {
		return (GraphLayout.parseInstance(values).totalSize() - VM.current().sizeOf(values)) / VISITORS;
	}

}
