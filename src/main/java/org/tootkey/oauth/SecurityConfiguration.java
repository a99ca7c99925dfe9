package org.tootkey.oauth;

import java.time.Clock;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.env.Environment;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationCodeGrantFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.tootkey.TootkeyProperties;
import org.tootkey.outbound.OutboundClient;
import org.tootkey.web.ContentSecurityPolicy;
import org.tootkey.web.FriendlyAccessDeniedHandler;
import org.tootkey.web.JourneyPages;
import org.tootkey.web.JourneyPages.Page;
import org.tootkey.web.SessionLifetimeFilter;

/**
 * One filter chain: every page is public, Spring Security handles the OAuth client side
 * (redirect with state and PKCE, callback, code exchange), CSRF protects every POST, and
 * headers keep secrets out of caches and referrers. A successful callback is answered in
 * the same request with the wizard's next page ({@link TokenHandOver}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SessionClientRegistrationRepository registrations,
			OAuth2AuthorizedClientRepository authorizedClients,
			AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests, OutboundClient outbound,
			TootkeyProperties properties, Clock clock, JourneyPages pages, OAuthFlow oauth,
			ObjectProvider<TokenArrival> arrival) {
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		resolver.setAuthorizationRequestCustomizer((request) -> request.additionalParameters((parameters) -> {
			parameters.put("force_login", "true");
			// Mastodon takes a two-letter (ISO 639-1) code for its consent page.
			parameters.put("lang", LocaleContextHolder.getLocale().getLanguage().toLowerCase(Locale.ROOT));
		}));
		// Every page is public: no authorization rules, so no authorization filter
		// to ask on each request (issue 16: each filter runs on every request).
		http.oauth2Client((oauth2) -> oauth2.clientRegistrationRepository(registrations)
			.authorizedClientRepository(authorizedClients)
			.authorizationCodeGrant((grant) -> grant.authorizationRequestResolver(resolver)
				.authorizationRequestRepository(authorizationRequests)
				.accessTokenResponseClient(new GuardedTokenResponseClient(outbound)))
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
				@Override
				public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
					// An unknown or stale registration id is not a 500: back to the
					// authorize step.
					filter.setAuthenticationFailureHandler((request, response, exception) -> response
						.sendRedirect(request.getContextPath() + pages.path(Page.AUTHORIZE)));
					return filter;
				}
			})
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationCodeGrantFilter>() {
				@Override
				public <O extends OAuth2AuthorizationCodeGrantFilter> O postProcess(O filter) {
					// After the exchange: the wizard's next page, in the same
					// request (TokenHandOver), not via a bare /callback.
					filter.setRequestCache(new TokenHandOver(oauth, arrival));
					return filter;
				}
			}))
			.addFilterBefore(new SessionLifetimeFilter(properties.sessionLifetime(), clock),
					DisableEncodeUrlFilter.class)
			.addFilterBefore(new IssuerCheckFilter(authorizationRequests, registrations),
					OAuth2AuthorizationCodeGrantFilter.class)
			// No session before the wizard starts: the CSRF token lives in its own
			// cookie, nothing
			// keeps a security context or a saved request in the session.
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens()))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new FriendlyAccessDeniedHandler(pages)))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(ContentSecurityPolicy.DEFAULT))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.permissionsPolicyHeader((permissions) -> permissions
					.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"))
				.crossOriginOpenerPolicy((coop) -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "same-origin")))
			.anonymous((anonymous) -> {
			})
			// Nobody logs in or out of Tootkey and nothing asks the servlet API who the
			// user is: no logout filter, and no request wrapper that every attribute
			// lookup of a page would go through.
			.logout((logout) -> logout.disable())
			.servletApi((servletApi) -> servletApi.disable());
		return http.build();
	}

	/**
	 * Spring Security wraps each of its filters in an observation whenever an observation
	 * registry exists, even one that records nothing. With
	 * {@code management.observations.enable.spring.security=false} (the default here:
	 * nothing scrapes them) the filters run unwrapped (issue 16: per-request CPU).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings(Environment environment) {
		return environment.getProperty("management.observations.enable.spring.security", Boolean.class, true)
				? SecurityObservationSettings.withDefaults().build() : SecurityObservationSettings.noObservations();
	}

	/**
	 * The CSRF token in a cookie of its own (HttpOnly, SameSite=Lax, Secure when the
	 * request came over https), so that the start page's forms need no session.
	 */
	static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName(CSRF_COOKIE);
		tokens.setCookieCustomizer((cookie) -> cookie.httpOnly(true).sameSite("Lax"));
		return tokens;
	}

	static final String CSRF_COOKIE = "TOOTKEY_CSRF";

	@Bean
	SessionClientRegistrationRepository sessionClientRegistrationRepository() {
		return new SessionClientRegistrationRepository();
	}

	@Bean
	OAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new HttpSessionOAuth2AuthorizedClientRepository();
	}

	@Bean
	AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequestRepository() {
		return new SessionAuthorizationRequestRepository();
	}

}
