package org.tootkey.server;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The short-lived profile cache and the threads that probe servers in parallel. */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class DiscoveryConfiguration {

	@Bean
	ThreadPoolTaskExecutor discoveryExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("discovery-");
		executor.setCorePoolSize(8);
		executor.setMaxPoolSize(64);
		executor.setQueueCapacity(0);
		executor.setWaitForTasksToCompleteOnShutdown(false);
		return executor;
	}

}
