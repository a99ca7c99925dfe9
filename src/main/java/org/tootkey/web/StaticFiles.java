package org.tootkey.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The content-versioned names of the static files, for the layout's links: every page's
 * model has {@code staticFiles}, and
 * {@code th:href="@{${staticFiles['/css/tootkey.css']}}"} gives
 * {@code /css/tootkey-<md5>.css} ({@link StaticFilesConfiguration}). Each name is worked
 * out once and kept: the files cannot change while Tootkey runs. (For a file not in
 * {@link #LINKED}, the layout falls back to its plain name, which is still served.)
 * <p>
 * Only these few links are looked up. Spring's {@code ResourceUrlEncodingFilter} would
 * offer every link of every page to the resource chain instead (the language links, the
 * form actions, "Back"), each matched against the static folders on every render: about
 * 6–10 % more CPU per page (issue 16), for four names that never change.
 */
@ControllerAdvice
public final class StaticFiles {

	/** The files the layout links. */
	static final List<String> LINKED = List.of("/css/tootkey.css", "/js/tootkey.js", "/img/logo.svg", "/favicon.svg");

	private final ResourceUrlProvider resources;

	private final Map<String, String> versioned = new ConcurrentHashMap<>();

	private volatile Map<String, String> linked;

	StaticFiles(ResourceUrlProvider resources) {
		this.resources = resources;
	}

	/**
	 * The versioned names of the files the layout links, by plain name, in every model.
	 * @return plain name to versioned name
	 */
	@ModelAttribute("staticFiles")
	public Map<String, String> linked() {
		Map<String, String> names = this.linked;
		if (names == null) {
			names = LINKED.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), this::url));
			this.linked = names;
		}
		return names;
	}

	/**
	 * The versioned name of a static file, or the path itself if it is none.
	 * @param path the file's path, e.g. {@code /css/tootkey.css}
	 * @return e.g. {@code /css/tootkey-<md5>.css}
	 */
	public String url(String path) {
		return this.versioned.computeIfAbsent(path, (plain) -> {
			String url = this.resources.getForLookupPath(plain);
			return (url != null) ? url : plain;
		});
	}

}
