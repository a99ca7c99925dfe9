package org.tootkey.flow;

import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.IntSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.tootkey.outbound.OutboundProbe;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared by the smoke load and fault runs (issue 7): one Spring context for both (same
 * annotation), the short outbound limits of {@link FlowTestSupport} (timeouts and slow
 * drips end quickly, yet a loaded CI machine still answers in time), rate limits off (the
 * load comes from one address), and checks that nothing stays busy afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tootkey.allow-local-servers=true", "tootkey.outbound.deadline=3s",
				"tootkey.outbound.read-timeout=2s", "tootkey.rate-limit.enabled=false" })
abstract class SmokeLoadSupport extends FlowTestSupport {

	/** The outbound deadline configured above. */
	static final Duration DEADLINE = Duration.ofSeconds(3);

	@Autowired
	ServletWebServerApplicationContext context;

	@Autowired
	ThreadPoolTaskExecutor discoveryExecutor;

	/** Requests Tomcat is working on right now. */
	int busyRequestThreads() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		Object executor = server.getTomcat().getConnector().getProtocolHandler().getExecutor();
		if (executor instanceof ThreadPoolExecutor pool) {
			return pool.getActiveCount();
		}
		if (executor instanceof org.apache.tomcat.util.threads.ThreadPoolExecutor pool) {
			return pool.getActiveCount();
		}
		throw new IllegalStateException("unknown Tomcat executor " + executor);
	}

	/**
	 * Nothing left behind: no request thread busy, no discovery probe running, every
	 * outbound permit back. Waits (generously) because a probe that lost the race may
	 * still be finishing its own deadline.
	 */
	void assertNothingStuck() {
		waitFor("busy Tomcat request threads", this::busyRequestThreads, 0);
		waitFor("running discovery probes", () -> this.discoveryExecutor.getActiveCount(), 0);
		int max = OutboundProbe.maxConcurrentCalls(this.context);
		waitFor("outbound calls that cannot start", () -> max - OutboundProbe.callsThatStartAtOnce(this.context), 0);
	}

	private static void waitFor(String what, IntSupplier value, int expected) {
		long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		int now = value.getAsInt();
		while (now != expected && System.nanoTime() < until) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			now = value.getAsInt();
		}
		assertThat(now).as(what).isEqualTo(expected);
	}

}
