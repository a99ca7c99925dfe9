package org.tootkey.outbound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;

/**
 * Test-only window on the outbound cap, through what it does, not its insides: how many
 * calls can start at once right now (all of them = no permit stuck). It starts as many
 * calls as the cap allows, each on its own thread, through the cap's own interceptor,
 * with a "network" that only waits; the calls that reach it are counted, then all end.
 */
public final class OutboundProbe {

	private OutboundProbe() {
	}

	/** Calls that start at once through the running application's cap. */
	public static int callsThatStartAtOnce(ApplicationContext context) {
		return callsThatStartAtOnce(context.getBean(ConcurrencyCap.class), maxConcurrentCalls(context));
	}

	public static int maxConcurrentCalls(ApplicationContext context) {
		return context.getBean(OutboundProperties.class).maxConcurrentCalls();
	}

	/** Calls that start at once through {@code cap}, trying {@code max} of them. */
	static int callsThatStartAtOnce(ConcurrencyCap cap, int max) {
		AtomicInteger started = new AtomicInteger();
		CountDownLatch allStarted = new CountDownLatch(max);
		CountDownLatch end = new CountDownLatch(1);
		List<Thread> calls = new ArrayList<>();
		for (int i = 0; i < max; i++) {
			Thread call = new Thread(() -> {
				try (ClientHttpResponse response = cap.intercept(
						new MockClientHttpRequest(HttpMethod.GET, URI.create("https://probe.invalid/")), new byte[0],
						(request, body) -> {
							started.incrementAndGet();
							allStarted.countDown();
							await(end, 10);
							return new MockClientHttpResponse(new byte[0], HttpStatus.OK);
						})) {
					// closing gives the permit back
				}
				catch (OutboundException ex) {
					// BUSY: no permit within the cap's wait
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			call.setDaemon(true);
			call.start();
			calls.add(call);
		}
		await(allStarted, 1);
		int now = started.get();
		end.countDown();
		for (Thread call : calls) {
			try {
				call.join(TimeUnit.SECONDS.toMillis(30));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return now;
	}

	private static void await(CountDownLatch latch, int seconds) {
		try {
			latch.await(seconds, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
