package org.tootkey.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often one visitor may make Tootkey call servers ({@code tootkey.rate-limit.*}):
 * looking up a server and registering an app each count.
 *
 * @param enabled whether the limit applies
 * @param requests how many calls one visitor may make per period (and at once, in a
 * burst)
 * @param period the period over which that number refills
 * @param maxClients how many visitors are remembered at most (the oldest are forgotten)
 */
@ConfigurationProperties("tootkey.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10") int requests,
		@DefaultValue("5m") Duration period, @DefaultValue("100000") int maxClients) {

}
