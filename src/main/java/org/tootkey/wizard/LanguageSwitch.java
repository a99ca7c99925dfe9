package org.tootkey.wizard;

import java.util.List;

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
		return path.startsWith("/") ? path : "/";
	}

}
