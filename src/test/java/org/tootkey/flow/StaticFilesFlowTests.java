package org.tootkey.flow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: a browser fetches the CSS, the script and the icons once, not on every page.
 * Pages link them under content-versioned names that may be kept a year; the plain names
 * still work but are checked again each time; every page stays {@code no-store}, because
 * a page may show a secret.
 */
class StaticFilesFlowTests extends FlowTestSupport {

	static final String FOREVER = "max-age=31536000, public, immutable";

	private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/[^\"]+\\.(?:css|js|svg))\"");

	@Test
	void startPageWhenRenderedThenLinksEveryStaticFileUnderAContentVersionedName() {
		String html = this.browser.get("/").body();
		assertThat(html).containsPattern("<link rel=\"stylesheet\" href=\"/css/tootkey-[0-9a-f]{32}\\.css\">")
			.containsPattern("<script src=\"/js/tootkey-[0-9a-f]{32}\\.js\"")
			.containsPattern("<link rel=\"icon\" href=\"/favicon-[0-9a-f]{32}\\.svg\"")
			.containsPattern("<img src=\"/img/logo-[0-9a-f]{32}\\.svg\"")
			.doesNotContain("\"/css/tootkey.css\"", "\"/js/tootkey.js\"", "\"/favicon.svg\"", "\"/img/logo.svg\"");
	}

	@Test
	void versionedFileWhenFetchedThenSameBytesCachedForAYearWithoutCookies() throws IOException {
		List<String> linked = linkedFiles(this.browser.get("/").body());
		assertThat(linked).hasSize(4);
		for (String url : linked) {
			Hop file = this.browser.get(url);
			assertThat(file.status()).as(url).isEqualTo(200);
			assertThat(file.headers().allValues("Cache-Control")).as(url).containsExactly(FOREVER);
			assertThat(file.headers().firstValue("Pragma")).as(url).isEmpty();
			assertThat(file.headers().firstValue("Expires")).as(url).isEmpty();
			assertThat(file.headers().firstValue("Set-Cookie")).as("a cacheable answer sets no cookie: " + url)
				.isEmpty();
			assertThat(file.headers().firstValue("Content-Security-Policy")).as(url).isPresent();
			assertThat(file.body()).as(url).isEqualTo(shipped(plain(url)));
		}
	}

	@Test
	void plainFileNameWhenFetchedAfterItsVersionedNameThenStillServedButCheckedEachTime() throws IOException {
		for (String url : linkedFiles(this.browser.get("/").body())) {
			this.browser.get(url);
			Hop file = this.browser.get(plain(url));
			assertThat(file.status()).as(plain(url)).isEqualTo(200);
			assertThat(file.headers().allValues("Cache-Control")).as(plain(url)).containsExactly("no-cache");
			assertThat(file.body()).as(plain(url)).isEqualTo(shipped(plain(url)));
		}
	}

	@Test
	void versionedFileWhenRevalidatedThenTheNotModifiedAnswerLeavesTheStoredHeaderAlone() {
		String css = linkedFiles(this.browser.get("/").body()).get(0);
		String lastModified = this.browser.get(css).headers().firstValue("Last-Modified").orElseThrow();
		this.browser.header("If-Modified-Since", lastModified);
		Hop again = this.browser.get(css);
		assertThat(again.status()).isEqualTo(304);
		// A 304's Cache-Control replaces the stored one: "no-cache" here would undo the
		// year.
		assertThat(again.headers().allValues("Cache-Control")).isEmpty();
	}

	@Test
	void versionedNameWhenTheHashIsWrongThenNotFoundPageNotCacheableAndStyledWithTheRightFiles() {
		Hop file = this.browser.get("/css/tootkey-0123456789abcdef0123456789abcdef.css");
		assertThat(file.status()).isEqualTo(404);
		assertThat(file.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(file.body()).containsPattern("href=\"/css/tootkey-[0-9a-f]{32}\\.css\"");
	}

	@Test
	void pagesWhenStaticFilesAreCacheableThenEveryPageOfTheJourneyStillNoStore() {
		this.browser.get("/");
		authorizeAs("bot");
		Hop credentials = reveal();
		assertThat(credentials.body()).contains("access_token")
			.containsPattern("href=\"/css/tootkey-[0-9a-f]{32}\\.css\"");
		List<Hop> ours = this.browser.hops().stream().filter((hop) -> hop.uri().getPort() == this.port).toList();
		assertThat(ours).extracting((hop) -> hop.uri().getPath())
			.contains("/", "/server", "/permissions", "/authorize", "/authorized", "/credentials");
		for (Hop page : ours) {
			assertThat(page.headers().firstValue("Cache-Control").orElseThrow())
				.as(page.method() + " " + page.uri().getPath())
				.contains("no-store");
		}
	}

	static List<String> linkedFiles(String html) {
		List<String> files = new ArrayList<>();
		Matcher matcher = LINKED.matcher(html);
		while (matcher.find()) {
			files.add(matcher.group(1));
		}
		return files;
	}

	/** {@code /css/tootkey-<md5>.css} → {@code /css/tootkey.css}. */
	static String plain(String versioned) {
		return versioned.replaceFirst("-[0-9a-f]{32}(\\.\\w+)$", "$1");
	}

	private static String shipped(String path) throws IOException {
		try (InputStream in = StaticFilesFlowTests.class.getResourceAsStream("/static" + path)) {
			assertThat(in).as(path).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
