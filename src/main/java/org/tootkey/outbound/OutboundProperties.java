package org.tootkey.outbound;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on calls to servers ({@code tootkey.outbound.*}).
 *
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the next bytes of an answer
 * @param deadline how long one call may take in total, however the server drips its
 * answer
 * @param maxResponseSize the largest answer we read (after decompression)
 * @param maxConcurrentCalls calls to servers that may be under way at once, for all
 * visitors together (also the size of the connection pool)
 * @param permitWait how long a call waits for its turn when {@code maxConcurrentCalls}
 * are under way (and for a pooled connection); past it the call fails as
 * {@link OutboundProblem#BUSY} and the visitor sees "very busy, try again". {@code 0}
 * sheds at once.
 */
@ConfigurationProperties("tootkey.outbound")
public record OutboundProperties(@DefaultValue("3s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout,
		@DefaultValue("8s") Duration deadline, @DefaultValue("1MB") DataSize maxResponseSize,
		@DefaultValue("64") int maxConcurrentCalls, @DefaultValue("5s") Duration permitWait) {

}
