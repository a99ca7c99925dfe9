package org.tootkey.web;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout's language switcher needs on every page: the languages, and the page to
 * come back to (a plain GET link with {@code ?lang=xx}, so the step is kept).
 */
@ControllerAdvice
class LanguageSwitch {

	private static final Pattern SAFE_PATH = Pattern.compile("/(?!/)[A-Za-z0-9/_.-]{0,200}");

	static final List<String> CODES = Languages.SUPPORTED.stream().map((locale) -> locale.getLanguage()).toList();

	@ModelAttribute("languages")
	List<String> languages() {
		return CODES;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (failed instanceof String text) ? text : request.getRequestURI();
		String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
		// Only a plain path of ours: never "//host/…" (a link to another site) or
		// anything odd.
		return SAFE_PATH.matcher(path).matches() ? path : "/";
	}

}
