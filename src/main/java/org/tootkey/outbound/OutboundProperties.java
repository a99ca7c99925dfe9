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
 * @param deadline how long one call may take in total, however the server drips its answer
 * @param maxResponseSize the largest answer we read (after decompression)
 * @param maxConcurrentCalls calls to servers that may be under way at once, for all visitors
 * together; past it a call fails at once as {@link OutboundProblem#BUSY}
 */
@ConfigurationProperties("tootkey.outbound")
public record OutboundProperties(@DefaultValue("3s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout,
		@DefaultValue("8s") Duration deadline, @DefaultValue("1MB") DataSize maxResponseSize,
		@DefaultValue("64") int maxConcurrentCalls) {

}
