package org.tootkey.web;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The Content-Security-Policy of every page: only our own scripts, styles and pictures,
 * no inline code, no framing. A page that shows the server's pictures (avatar, thumbnail)
 * may allow exactly those origins; a page whose form ends on the server's sign-in page
 * may allow that one origin as a form target.
 */
public final class ContentSecurityPolicy {

	public static final String DEFAULT = policy(Set.of(), null);

	/** What a host may look like in a policy (compiled once: asked for every picture). */
	private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]-]+");

	private ContentSecurityPolicy() {
	}

	/** Widens this response's policy for the server's pictures and form target. */
	public static void allow(HttpServletResponse response, Collection<URI> images, URI formTarget) {
		Set<String> origins = new LinkedHashSet<>();
		images.stream()
			.filter(Objects::nonNull)
			.map(ContentSecurityPolicy::origin)
			.filter(Objects::nonNull)
			.forEach(origins::add);
		response.setHeader("Content-Security-Policy",
				policy(origins, (formTarget != null) ? origin(formTarget) : null));
	}

	static String policy(Set<String> imageOrigins, String formOrigin) {
		String images = imageOrigins.isEmpty() ? "" : " " + String.join(" ", imageOrigins);
		String forms = (formOrigin != null) ? " " + formOrigin : "";
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'" + images
				+ "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
				+ forms;
	}

	/** {@code scheme://host[:port]} of an http(s) URL, or null for anything else. */
	static String origin(URI uri) {
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase() : "";
		if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
				|| !HOST.matcher(uri.getHost()).matches()) {
			return null;
		}
		return scheme + "://" + uri.getHost().toLowerCase() + ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
	}

}
