package org.tootkey.flow;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tootkey.fake.Fault;
import org.tootkey.outbound.OutboundProbe;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: a hostile server can neither take Tootkey down for everyone nor trick it. Each
 * test names the finding it guards against.
 */
class HostileServerFlowTests extends FlowTestSupport {

	@Autowired
	ApplicationContext context;

	/** Item 1: secrets thousands of characters long once leaked a permit per probe. */
	@Test
	void lookUpsWhenServerSendsVeryLongSecretValuesThenEveryPermitComesBackAndPagesArePlain() {
		this.fake.fault("/.well-known/", Fault.LONG_SECRET_VALUE);
		this.fake.fault("/api/", Fault.LONG_SECRET_VALUE);
		this.fake.fault("/nodeinfo/", Fault.LONG_SECRET_VALUE);
		int max = OutboundProbe.maxConcurrentCalls(this.context);
		for (int i = 0; i < 25; i++) {
			Hop page = this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
			assertThat(page.status()).as("look-up " + i).isLessThan(500);
		}
		int held = max - waitForPermits(max);
		System.out.println("[measure] permits held after 25 hostile look-ups: " + held + " of " + max);
		assertThat(held).as("permits held after 25 hostile look-ups").isZero();
	}

	private int waitForPermits(int max) {
		long until = System.nanoTime() + 5_000_000_000L;
		int available = OutboundProbe.availablePermits(this.context);
		while (available < max && System.nanoTime() < until) {
			sleep(50);
			available = OutboundProbe.availablePermits(this.context);
		}
		return available;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
