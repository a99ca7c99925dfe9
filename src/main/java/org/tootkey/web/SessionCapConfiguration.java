package org.tootkey.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Counts live sessions and refuses new ones beyond {@code tootkey.max-sessions}. */
@Configuration(proxyBeanMethods = false)
class SessionCapConfiguration {

	/** Before the request context (-105) and everything that may open a session. */
	static final int FILTER_ORDER = -110;

	@Bean
	SessionCap sessionCap(@Value("${tootkey.max-sessions:2000}") int maxSessions) {
		if (maxSessions < 1) {
			throw new IllegalArgumentException("tootkey.max-sessions must be at least 1, was " + maxSessions);
		}
		return new SessionCap(maxSessions);
	}

	@Bean
	FilterRegistrationBean<SessionCap> sessionCapFilter(SessionCap cap) {
		FilterRegistrationBean<SessionCap> registration = new FilterRegistrationBean<>(cap);
		registration.setOrder(FILTER_ORDER);
		return registration;
	}

	@Bean
	ServletListenerRegistrationBean<SessionCap> sessionCapListener(SessionCap cap) {
		return new ServletListenerRegistrationBean<>(cap);
	}

}
