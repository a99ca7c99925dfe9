package org.tootkey.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tootkey.TootkeyProperties;

/** Gives {@link WarnsBeforeSessionEnds} pages their session warning. */
@Configuration(proxyBeanMethods = false)
class SessionWarningConfiguration implements WebMvcConfigurer {

	private final TootkeyProperties properties;

	SessionWarningConfiguration(TootkeyProperties properties) {
		this.properties = properties;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new SessionWarning(this.properties));
	}

}
