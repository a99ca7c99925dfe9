package org.tootkey.server;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.tootkey.exchanges.ExchangeLog;

/**
 * The short-lived profile cache (Caffeine, asynchronous, so concurrent look-ups of one
 * server share one set of probes) and the threads that probe servers in parallel.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class DiscoveryConfiguration {

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> asyncProfileCache() {
		return (manager) -> manager.setAsyncCacheMode(true);
	}

	@Bean
	ThreadPoolTaskExecutor discoveryExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("discovery-");
		executor.setCorePoolSize(8);
		executor.setMaxPoolSize(64);
		executor.setQueueCapacity(0);
		executor.setWaitForTasksToCompleteOnShutdown(false);
		// Probes record into the visitor's exchange log ("technical details") on these
		// threads too.
		executor.setTaskDecorator(ExchangeLog::carry);
		return executor;
	}

}
