package org.tootkey.outbound;

import org.springframework.context.ApplicationContext;

/**
 * Test-only window on the outbound guard: how many calls could start now (all permits
 * back = none stuck).
 */
public final class OutboundProbe {

	private OutboundProbe() {
	}

	public static int availablePermits(ApplicationContext context) {
		return context.getBean(ConcurrencyCap.class).availablePermits();
	}

	public static int maxConcurrentCalls(ApplicationContext context) {
		return context.getBean(OutboundProperties.class).maxConcurrentCalls();
	}

}
