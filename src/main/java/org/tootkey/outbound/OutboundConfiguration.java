package org.tootkey.outbound;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
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

	/** How names are resolved; the address filter wraps it. Tests replace it to record look-ups. */
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

	static ClientHttpRequestFactory requestFactory(OutboundProperties limits, InetAddressFilter outboundAddressFilter,
			DnsResolver dnsResolver, ScheduledExecutorService alarms) {
		HttpClientSettings settings = HttpClientSettings.defaults()
			.withRedirects(HttpRedirects.DONT_FOLLOW)
			.withTimeouts(limits.connectTimeout(), limits.readTimeout())
			.withInetAddressFilter(outboundAddressFilter);
		return ClientHttpRequestFactoryBuilder.httpComponents()
			.withDnsResolver(dnsResolver)
			// Apache's pool defaults (5 per server, 25 in all) queue calls to a popular server
			// long before the concurrency cap: let the cap be the only limit.
			.withConnectionManagerCustomizer((pool) -> pool.setMaxConnPerRoute(limits.maxConcurrentCalls())
				.setMaxConnTotal(limits.maxConcurrentCalls()))
			.withHttpClientCustomizer((client) -> client.disableCookieManagement()
				.disableAutomaticRetries()
				.disableRedirectHandling()
				.setUserAgent(OutboundClient.USER_AGENT)
				.addExecInterceptorFirst(DeadlineAndSizeCap.NAME, new DeadlineAndSizeCap(alarms, limits)))
			.build(settings);
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
