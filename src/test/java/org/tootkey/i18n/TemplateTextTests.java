package org.tootkey.i18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No template shows text of its own: every visible text node and every text attribute
 * (alt, title, aria-label, placeholder) comes from messages through Thymeleaf, so nothing
 * is left untranslated.
 */
class TemplateTextTests {

	private static final Path TEMPLATES = Paths.get("src", "main", "resources", "templates");

	/**
	 * Text allowed as it is: separators and symbols that mean the same in every language.
	 */
	private static final Set<String> ALLOWED = Set.of("·", "!", "→", "|", "–");

	/** Attributes whose content replaces the element's text. */
	private static final List<String> TEXT_PROCESSORS = List.of("th:text", "th:utext", "th:errors", "th:replace",
			"th:insert", "th:remove");

	private static final List<String> TEXT_ATTRIBUTES = List.of("alt", "title", "aria-label", "placeholder", "value");

	@Test
	void templatesWhenParsedThenHaveNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				Document document = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
				for (Element element : document.getAllElements()) {
					for (TextNode text : element.textNodes()) {
						String value = text.text().strip();
						if (!value.isEmpty() && !ALLOWED.contains(value) && !replaced(element)) {
							problems
								.add(TEMPLATES.relativize(file) + ": <" + element.tagName() + "> \"" + value + "\"");
						}
					}
					for (String attribute : TEXT_ATTRIBUTES) {
						String value = element.attr(attribute).strip();
						if (!value.isEmpty() && !(attribute.equals("value") && !element.tagName().equals("button"))) {
							problems.add(TEMPLATES.relativize(file) + ": <" + element.tagName() + " " + attribute
									+ "=\"" + value + "\">");
						}
					}
				}
			}
		}
		assertThat(problems).as("literal text in templates (use th:text=\"#{…}\")").isEmpty();
	}

	@Test
	void checkerWhenTemplateHasLiteralTextThenFindsIt() {
		Document document = Jsoup.parse(
				"<html th:replace=\"~{fragments/layout :: page(~{::section})}\"><section><p>Hello <span th:text=\"#{x}\">placeholder</span></p></section></html>",
				"", Parser.xmlParser());
		Element paragraph = document.selectFirst("p");
		assertThat(paragraph.textNodes()).anySatisfy((text) -> assertThat(text.text().strip()).isEqualTo("Hello"));
		assertThat(replaced(paragraph)).isFalse();
		assertThat(replaced(document.selectFirst("span"))).isTrue();
	}

	/**
	 * Whether Thymeleaf replaces this element's text (th:text and friends, here or on an
	 * ancestor) or the element (a fragment insertion anywhere but on a page's root, whose
	 * {@code ~{::section}} is what the layout shows).
	 */
	private static boolean replaced(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			for (String processor : TEXT_PROCESSORS) {
				boolean pageRoot = e.tagName().equals("html") && !processor.equals("th:remove");
				if (e.hasAttr(processor) && !pageRoot) {
					return true;
				}
			}
		}
		return false;
	}

}
