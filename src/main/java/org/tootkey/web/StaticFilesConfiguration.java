package org.tootkey.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The CSS, script and icons, served so that a browser fetches each once. Pages link them
 * under names that carry a hash of their content ({@code @{/css/tootkey.css}} becomes
 * {@code /css/tootkey-<md5>.css}); such a name never changes content, so it may be kept a
 * year without asking again ({@link #FOREVER}). The plain name still works (old
 * bookmarks) but must be checked again on every use ({@link #REVALIDATE}): its content
 * changes with an upgrade. Pages themselves are untouched: Spring Security keeps them
 * {@code no-store}, because they may show a secret. Replaces Boot's own static mapping
 * ({@code spring.web.resources.add-mappings=false}).
 */
@Configuration(proxyBeanMethods = false)
class StaticFilesConfiguration implements WebMvcConfigurer {

	/**
	 * Where the files in {@code static/} are served, and from which folder; nothing else
	 * is a static file.
	 */
	static final Map<String, String> STATIC_FOLDERS = Map.of("/css/**", "classpath:/static/css/", "/js/**",
			"classpath:/static/js/", "/img/**", "classpath:/static/img/", "/favicon*.svg", "classpath:/static/");

	/** A content-versioned file: the same bytes for as long as the name exists. */
	static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/**
	 * A plain file name: keep it, but ask (cheaply, with If-Modified-Since) each time.
	 */
	static final CacheControl REVALIDATE = CacheControl.noCache();

	/**
	 * Files up to this size are kept in memory once read (Tootkey's are a few KB each).
	 */
	static final int IN_MEMORY_MAX_BYTES = 256 * 1024;

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// Asked before the controllers' mappings: a static file's address otherwise goes
		// through every controller's patterns first, to match none (issue 16: a fifth of
		// a static request's CPU). Pages pay four pattern checks for it.
		registry.setOrder(-1);
		// Only the folders that hold files, each from its own folder: every link a page
		// builds (@{/server}, the language links …) is offered to the chain, and a link
		// under a catch-all "/**" that is no file would be searched for in the jar,
		// uncached, on every render (issue 16: +20 % CPU per page).
		STATIC_FOLDERS.forEach((path, location) -> registry.addResourceHandler(path)
			.addResourceLocations(location)
			// where each file is and its hash are kept in memory, so a request no
			// longer searches the executable jar; only the bytes are read
			.resourceChain(true)
			.addResolver(new CacheHeaders())
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**")));
	}

	/**
	 * Gives each file its caching header by the name it was asked for: {@link #FOREVER}
	 * for a versioned name, {@link #REVALIDATE} for the plain one (the resource handler
	 * applies the response headers of an {@link HttpResource}). Set here rather than on
	 * the handler, because the handler stamps its header on a 304 answer too, and a 304
	 * replaces the stored header: a browser revalidating a versioned file would be told
	 * to revalidate it from then on. A 304 now carries no Cache-Control (Spring Security
	 * adds none to a 304) and the browser keeps what it had. (Were the CSS ever to link
	 * other files with {@code url(...)}, Spring would rewrite it into a new resource
	 * without these headers and Spring Security would mark it no-store: slower, never
	 * stale.)
	 */
	static final class CacheHeaders extends AbstractResourceResolver {

		@Override
		protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
				List<? extends Resource> locations, ResourceResolverChain chain) {
			Resource resource = chain.resolveResource(request, requestPath, locations);
			if (resource == null) {
				return null;
			}
			boolean versioned = !StringUtils.getFilename(requestPath).equals(resource.getFilename());
			return new WithCacheControl(resource, versioned ? FOREVER : REVALIDATE);
		}

		@Override
		protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
				ResourceResolverChain chain) {
			return chain.resolveUrlPath(resourceUrlPath, locations);
		}

	}

	/**
	 * A resolved file with its caching header (and the ETag a versioned file has).
	 * Spring's resource chain keeps each resolved file (see {@code resourceChain(true)}),
	 * and with it this wrapper: the bytes and the date are read from the jar once, not on
	 * every request (issue 16: opening the jar entry twice per request was most of a
	 * static file's CPU). The files are the application's own, and a file over
	 * {@link #IN_MEMORY_MAX_BYTES} is read from the jar each time instead.
	 */
	static final class WithCacheControl extends AbstractResource implements HttpResource {

		private final Resource file;

		private final CacheControl cacheControl;

		private volatile byte[] bytes;

		private volatile long lastModified = -1;

		WithCacheControl(Resource file, CacheControl cacheControl) {
			this.file = file;
			this.cacheControl = cacheControl;
		}

		/** The file's bytes, read once, or {@code null} for a file too big to keep. */
		private byte[] bytes() throws IOException {
			byte[] read = this.bytes;
			if (read == null && this.file.contentLength() <= IN_MEMORY_MAX_BYTES) {
				try (InputStream in = this.file.getInputStream()) {
					read = in.readNBytes(IN_MEMORY_MAX_BYTES + 1);
				}
				if (read.length > IN_MEMORY_MAX_BYTES) {
					return null;
				}
				this.bytes = read;
			}
			return read;
		}

		@Override
		public HttpHeaders getResponseHeaders() {
			HttpHeaders headers = new HttpHeaders();
			if (this.file instanceof HttpResource versioned) {
				headers.putAll(versioned.getResponseHeaders());
			}
			headers.setCacheControl(this.cacheControl);
			return headers;
		}

		@Override
		public InputStream getInputStream() throws IOException {
			byte[] kept = bytes();
			return (kept != null) ? new ByteArrayInputStream(kept) : this.file.getInputStream();
		}

		@Override
		public boolean exists() {
			return this.file.exists();
		}

		@Override
		public boolean isReadable() {
			return this.file.isReadable();
		}

		@Override
		public URL getURL() throws IOException {
			return this.file.getURL();
		}

		@Override
		public URI getURI() throws IOException {
			return this.file.getURI();
		}

		@Override
		public long contentLength() throws IOException {
			byte[] kept = bytes();
			return (kept != null) ? kept.length : this.file.contentLength();
		}

		@Override
		public long lastModified() throws IOException {
			long known = this.lastModified;
			if (known < 0) {
				known = this.file.lastModified();
				this.lastModified = known;
			}
			return known;
		}

		@Override
		public Resource createRelative(String relativePath) throws IOException {
			return this.file.createRelative(relativePath);
		}

		@Override
		public String getFilename() {
			return this.file.getFilename();
		}

		@Override
		public String getDescription() {
			return this.file.getDescription();
		}

		/**
		 * The header counts: Spring's transformer cache looks resources up by equality,
		 * and {@link AbstractResource} compares descriptions only, so the plain name
		 * would get the versioned name's answer.
		 */
		@Override
		public boolean equals(Object other) {
			return other instanceof WithCacheControl that && this.file.equals(that.file)
					&& this.cacheControl.getHeaderValue().equals(that.cacheControl.getHeaderValue());
		}

		@Override
		public int hashCode() {
			return 31 * this.file.hashCode() + this.cacheControl.getHeaderValue().hashCode();
		}

	}

}
