package org.tootkey.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What every browser test checks on every page, and the texts it expects, per language.
 */
final class PageChecks {

	static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
			"best-practice");

	private PageChecks() {
	}

	/**
	 * axe-core finds no WCAG 2.2 A/AA violation on the page as it is now. With JavaScript
	 * off, axe cannot run in the page itself (Playwright cannot await a promise there):
	 * the page's HTML is then audited in {@code auditor}, a JavaScript-enabled page with
	 * the same viewport and colour scheme, served from the app's own address so its
	 * stylesheet and images load, and with the app's script blocked so it stays the
	 * no-JavaScript page.
	 */
	static void axeClean(Page page, String where, Page auditor) {
		Page audited = page;
		if (auditor != null) {
			String html = page.content();
			String url = page.url().replaceFirst("^(https?://[^/]+).*$", "$1") + "/__audit";
			auditor.unrouteAll();
			auditor.route("**/js/**", (route) -> route.abort());
			auditor.route(url,
					(route) -> route.fulfill(new Route.FulfillOptions().setStatus(200)
						.setContentType("text/html; charset=utf-8")
						.setBody(html)));
			auditor.navigate(url);
			audited = auditor;
		}
		AxeResults results = new AxeBuilder(audited).withTags(WCAG_22_AA).analyze();
		String report = results.getViolations()
			.stream()
			.map((v) -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + "\n    "
					+ v.getNodes()
						.stream()
						.map((n) -> String.valueOf(n.getTarget()) + " " + n.getFailureSummary())
						.collect(Collectors.joining("\n    ")))
			.collect(Collectors.joining("\n"));
		assertThat(results.getViolations()).as("axe violations on %s:\n%s", where, report).isEmpty();
	}

	static void axeClean(Page page, String where) {
		axeClean(page, where, null);
	}

	/** Nothing sticks out sideways: no horizontal scrolling at the viewport's width. */
	static void noHorizontalScroll(Page page, String where) {
		int viewport = page.viewportSize().width;
		Object width = page.evaluate("document.documentElement.scrollWidth");
		if (((Number) width).intValue() > viewport) {
			Object wide = page.evaluate(
					"[...document.querySelectorAll('body *')].filter((e) => !e.closest('pre') && e.getBoundingClientRect().right > "
							+ viewport
							+ ").slice(0, 8).map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')");
			assertThat(((Number) width).intValue())
				.as("page width on %s at %d px; sticking out: %s", where, viewport, wide)
				.isLessThanOrEqualTo(viewport);
		}
	}

	/**
	 * Presses Tab (only Tab) until {@code target} has the focus, and checks the focus is
	 * visible (an outline or a box shadow).
	 */
	static void tabTo(Page page, Locator target) {
		for (int i = 0; i < 80; i++) {
			page.keyboard().press("Tab");
			if (Boolean.TRUE.equals(target.evaluate("(e) => e === document.activeElement"))) {
				Object visible = target.evaluate("(e) => { const s = getComputedStyle(e);"
						+ " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'"
						+ " || s.backgroundColor !== getComputedStyle(e.parentElement).backgroundColor; }");
				assertThat(visible).as("visible focus on %s", target).isEqualTo(Boolean.TRUE);
				return;
			}
		}
		fail("Tab never reached " + target);
	}

	/** The messages of one language, formatted like Spring does. */
	static final class Texts {

		private final Properties english = load("messages.properties");

		private final Properties translated;

		private final Locale locale;

		Texts(String language) {
			this.locale = Locale.forLanguageTag(language);
			this.translated = language.equals("en") ? this.english : load("messages_" + language + ".properties");
		}

		String get(String key, Object... arguments) {
			String text = this.translated.getProperty(key, this.english.getProperty(key));
			assertThat(text).as("message %s", key).isNotNull();
			return (arguments.length == 0) ? text : new MessageFormat(text, this.locale).format(arguments);
		}

		private static Properties load(String name) {
			Properties properties = new Properties();
			try (InputStream in = PageChecks.class.getClassLoader().getResourceAsStream(name)) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return properties;
		}

	}

}
