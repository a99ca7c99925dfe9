package org.tootkey.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the container reports gets our own page, chosen by kind, with nothing from
 * the exception in it: the model is rebuilt from the status alone.
 */
@Component
public class ErrorPages implements ErrorViewResolver {

	static final String VIEW = "error";

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Map<String, Object> safe = new HashMap<>();
		safe.put("status", status.value());
		safe.put("kind", (request.getAttribute(SessionCap.FULL) != null) ? "sessions-full" : kind(status));
		return new ModelAndView(VIEW, safe, status);
	}

	static String kind(HttpStatus status) {
		if (status == HttpStatus.NOT_FOUND || status == HttpStatus.METHOD_NOT_ALLOWED) {
			return "not-found";
		}
		if (status == HttpStatus.FORBIDDEN) {
			return "forbidden";
		}
		if (status == HttpStatus.TOO_MANY_REQUESTS) {
			return "too-many";
		}
		return status.is4xxClientError() ? "bad-request" : "internal";
	}

}
