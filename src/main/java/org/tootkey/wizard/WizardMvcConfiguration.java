package org.tootkey.wizard;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The wizard's step order ({@link RequiresStep}), checked before every handler. */
@Configuration(proxyBeanMethods = false)
class WizardMvcConfiguration implements WebMvcConfigurer {

	private final WizardSession wizard;

	WizardMvcConfiguration(WizardSession wizard) {
		this.wizard = wizard;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Steps(this.wizard));
	}

}
