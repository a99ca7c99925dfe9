package org.tootkey.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page language: from a {@code ?lang=xx} link (remembered in a cookie, no session
 * needed), else from the browser's {@code Accept-Language}, else English. The same choice
 * is made visible to Spring Security's filters, so the server's consent page gets it as
 * {@code lang}.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final String PARAMETER = "lang";

	/**
	 * Runs after Boot's request context filter (-105) and before Spring Security (-100).
	 */
	static final int FILTER_ORDER = -104;

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("TOOTKEY_LANG");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(Languages::fromBrowser);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String localeValue) {
				return Languages.supported(localeValue);
			}
		};
		interceptor.setParamName(PARAMETER);
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> languageFilter(LocaleResolver localeResolver) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				var previous = LocaleContextHolder.getLocaleContext();
				LocaleContextHolder.setLocale(resolve(localeResolver, request), true);
				try {
					chain.doFilter(request, response);
				}
				finally {
					LocaleContextHolder.setLocaleContext(previous, true);
				}
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(FILTER_ORDER);
		return registration;
	}

	/** The cookie's choice if it is one we speak, else the browser's. */
	private static Locale resolve(LocaleResolver resolver, HttpServletRequest request) {
		Locale chosen = Languages.supported(request.getParameter(PARAMETER));
		if (chosen != null) {
			return chosen;
		}
		Locale locale = resolver.resolveLocale(request);
		return (Languages.supported(locale.toLanguageTag()) != null) ? locale : Locale.ENGLISH;
	}

}
