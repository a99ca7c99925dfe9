package org.tootkey.outbound;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.InetAddressFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.tootkey.TootkeyProperties;

/**
 * Builds the one request factory every call to a server uses: Apache HttpClient 5, no
 * redirects, timeouts, and the address filter applied inside DNS resolution.
 */
@Configuration(proxyBeanMethods = false)
class OutboundConfiguration {

	@Bean
	InetAddressFilter outboundAddressFilter(TootkeyProperties properties) {
		return properties.allowLocalServers() ? OutboundAddresses.any() : OutboundAddresses.publicOnly();
	}

	/**
	 * How names are resolved; the address filter wraps it. Tests replace it to record
	 * look-ups.
	 */
	@Bean
	DnsResolver outboundDnsResolver() {
		return SystemDefaultDnsResolver.INSTANCE;
	}

	@Bean
	ClientHttpRequestFactory outboundRequestFactory(OutboundProperties limits, InetAddressFilter outboundAddressFilter,
			DnsResolver outboundDnsResolver) {
		return requestFactory(limits, outboundAddressFilter, outboundDnsResolver, ALARMS);
	}

	/** One daemon thread rings every call's deadline alarm; the work it does is tiny. */
	static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "outbound-deadlines");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * How long a pooled connection may sit unused before it is checked (a one-millisecond
	 * read) for a close by the server. Short: some servers close right after each
	 * response.
	 */
	static final TimeValue VALIDATE_AFTER_IDLE = TimeValue.ofMilliseconds(100);

	/** Pooled connections unused this long are closed by us. */
	static final TimeValue EVICT_AFTER_IDLE = TimeValue.ofSeconds(30);

	/**
	 * Reads on pooled connections (checked before reuse, evicted when idle, repeated once
	 * on a new connection when a reused one proves dead), writes on a new connection each
	 * time (see {@link WritesOnFreshConnections}). Both carry every guard: address
	 * filter, timeouts, no redirects, the deadline and the size cap.
	 */
	static ClientHttpRequestFactory requestFactory(OutboundProperties limits, InetAddressFilter outboundAddressFilter,
			DnsResolver dnsResolver, ScheduledExecutorService alarms) {
		HttpClientSettings settings = HttpClientSettings.defaults()
			.withRedirects(HttpRedirects.DONT_FOLLOW)
			.withTimeouts(limits.connectTimeout(), limits.readTimeout())
			.withInetAddressFilter(outboundAddressFilter);
		ClientHttpRequestFactory reads = guarded(limits, dnsResolver, alarms)
			.withConnectionConfigCustomizer((connection) -> connection.setValidateAfterInactivity(VALIDATE_AFTER_IDLE))
			.withHttpClientCustomizer((client) -> client.setRequestExecutor(new ReuseAwareRequestExecutor())
				.setRetryStrategy(new ReusedConnectionRetry())
				.setUserTokenHandler((route, context) -> ReusedConnectionRetry.POOLED)
				.setConnectionReuseStrategy(ReusedConnectionRetry::keepAlive)
				.evictExpiredConnections()
				.evictIdleConnections(EVICT_AFTER_IDLE))
			.withCustomizer(
					(factory) -> factory.setHttpContextFactory((method, uri) -> ReusedConnectionRetry.pooledContext()))
			.build(settings);
		ClientHttpRequestFactory writes = guarded(limits, dnsResolver, alarms)
			.withHttpClientCustomizer((client) -> client.disableAutomaticRetries()
				.setConnectionReuseStrategy((request, response, context) -> false))
			.build(settings);
		return new WritesOnFreshConnections(reads, writes);
	}

	private static HttpComponentsClientHttpRequestFactoryBuilder guarded(OutboundProperties limits,
			DnsResolver dnsResolver, ScheduledExecutorService alarms) {
		return ClientHttpRequestFactoryBuilder.httpComponents()
			.withDnsResolver(dnsResolver)
			// Apache's pool defaults (5 per server, 25 in all) queue calls to a popular
			// server
			// long before the concurrency cap: let the cap be the only limit.
			.withConnectionManagerCustomizer((pool) -> pool.setMaxConnPerRoute(limits.maxConcurrentCalls())
				.setMaxConnTotal(limits.maxConcurrentCalls()))
			// Apache waits up to 3 minutes for a pooled connection by default: a caller
			// holding a
			// permit gets one at once (pool = cap), but bound the wait like the permit's
			// anyway.
			.withDefaultRequestConfigCustomizer((config) -> config.setConnectionRequestTimeout(
					Timeout.of(limits.permitWait().isZero() ? limits.connectTimeout() : limits.permitWait())))
			.withHttpClientCustomizer((client) -> client.disableCookieManagement()
				.disableRedirectHandling()
				.setUserAgent(OutboundClient.USER_AGENT)
				.addExecInterceptorFirst(DeadlineAndSizeCap.NAME, new DeadlineAndSizeCap(alarms, limits)));
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	ConcurrencyCap outboundGuard(OutboundProperties limits) {
		return new ConcurrencyCap(limits);
	}

}
