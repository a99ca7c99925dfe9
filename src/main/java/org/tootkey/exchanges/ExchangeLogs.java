package org.tootkey.exchanges;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps each visitor's {@link ExchangeLog} (the "technical details") in their HTTP
 * session and binds it for the whole request, before Spring Security's filters, so the
 * token exchange at the callback is recorded too. Gone with the session.
 */
@Configuration(proxyBeanMethods = false)
public class ExchangeLogs {

	static final String ATTRIBUTE = ExchangeLog.class.getName();

	/** After the language filter, before Spring Security (-100). */
	static final int FILTER_ORDER = -103;

	/**
	 * The addresses whose requests are recorded: declared by the packages that own those
	 * pages (the exchange log knows no page).
	 *
	 * @param urlPatterns servlet URL patterns, e.g. {@code /ready/*}
	 */
	public record RecordedPaths(List<String> urlPatterns) {

	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> exchangeLogFilter(ObjectProvider<RecordedPaths> recorded) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				HttpSession session = request.getSession(false);
				ExchangeLog stored = (session != null) ? (ExchangeLog) session.getAttribute(ATTRIBUTE) : null;
				ExchangeLog log = (stored != null) ? stored : new ExchangeLog();
				try (ExchangeLog.Binding binding = ExchangeLog.bind(log)) {
					chain.doFilter(request, response);
				}
				finally {
					HttpSession after = request.getSession(false);
					boolean same = after != null && session != null && after.getId().equals(session.getId());
					boolean recorded = !log.entries().isEmpty();
					// Never carry the log into a session that replaced an ended one
					// (after the reveal).
					if (after != null && ((same && (stored != null || recorded)) || (session == null && recorded))) {
						after.setAttribute(ATTRIBUTE, log);
					}
				}
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(FILTER_ORDER);
		String[] patterns = recorded.stream()
			.flatMap((paths) -> paths.urlPatterns().stream())
			.distinct()
			.toArray(String[]::new);
		// Without patterns a filter would see every request: then it sees none.
		registration.setEnabled(patterns.length > 0);
		registration.addUrlPatterns(patterns);
		return registration;
	}

	/** The calls so far in this visitor's wizard, oldest first. */
	public static List<ExchangeLog.Exchange> current() {
		ExchangeLog log = ExchangeLog.current();
		return (log != null) ? log.entries() : List.of();
	}

	/** A new server: forget the calls made for the previous one. */
	public static void startOver() {
		ExchangeLog log = ExchangeLog.current();
		if (log != null) {
			log.clear();
		}
	}

}
