package org.tootkey.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every translation has exactly the keys of messages.properties, the same placeholders,
 * and only apostrophes MessageFormat keeps (a lone ' in a message with arguments would
 * vanish).
 */
class TranslationsTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	@ParameterizedTest
	@ValueSource(strings = { "de", "fr", "es", "ja" })
	void translationWhenComparedWithEnglishThenHasExactlyTheSameKeys(String language) throws IOException {
		Properties english = load("messages.properties");
		Properties translated = load("messages_" + language + ".properties");
		assertThat(new TreeSet<>(translated.stringPropertyNames())).as("keys of messages_%s", language)
			.containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "de", "fr", "es", "ja" })
	void translationWhenMessageHasArgumentsThenPlaceholdersMatchAndApostrophesSurvive(String language)
			throws IOException {
		Properties english = load("messages.properties");
		Properties translated = load(
				language.isEmpty() ? "messages.properties" : "messages_" + language + ".properties");
		for (String key : translated.stringPropertyNames()) {
			String text = translated.getProperty(key);
			assertThat(placeholders(text)).as("placeholders of %s in %s", key, language)
				.isEqualTo(placeholders(english.getProperty(key, "")));
			if (!placeholders(text).isEmpty()) {
				assertThat(text.replace("''", "")).as("lone apostrophe in %s (%s): write ’ or ''", key, language)
					.doesNotContain("'");
				String formatted = new MessageFormat(text, Locale.ROOT).format(new Object[] { "A", "B", "C" });
				assertThat(formatted).as("%s (%s) formats", key, language).doesNotContain("{");
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "fr", "es", "ja" })
	void translationWhenReadThenIsActuallyTranslated(String language) throws IOException {
		Properties english = load("messages.properties");
		Properties translated = load("messages_" + language + ".properties");
		long same = english.stringPropertyNames()
			.stream()
			.filter((key) -> english.getProperty(key).length() > 25
					&& english.getProperty(key).equals(translated.getProperty(key)))
			.count();
		assertThat(same).as("long messages left in English in %s", language).isZero();
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TranslationsTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
