package org.tootkey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.tootkey.mastodon.MastodonApiException;
import org.tootkey.outbound.OutboundException;
import org.tootkey.outbound.OutboundProblem;
import org.tootkey.server.DiscoveryException;

import static org.assertj.core.api.Assertions.assertThat;

class TootkeyExceptionTests {

	private static final List<String> LANGUAGES = List.of("", "_de", "_fr", "_es", "_ja");

	/** Where an exception is made: {@code new XException(…);} or {@code super(…);}. */
	private static final Pattern THROWN = Pattern.compile("(?:new \\w+Exception\\(|super\\()[^;]*;");

	/** A message key in it: {@code "a.b-c"}. */
	private static final Pattern KEY = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9-]+)+)\"");

	private static final Pattern INVALID_ADDRESS = Pattern
		.compile("new InvalidServerAddressException\\(\"([a-z-]+)\"\\)");

	@Test
	void exceptionWhenResolvedThenIsItsKeyAndArgumentsWithNoDefaultAndNoStackTrace() {
		MastodonApiException ex = new MastodonApiException("api.error.server-error", 503);
		assertThat(ex.getCodes()).containsExactly("api.error.server-error");
		assertThat(ex.getArguments()).containsExactly(503);
		assertThat(ex.getDefaultMessage()).isNull();
		assertThat(ex.getStackTrace()).isEmpty();
		assertThat(ex.getCause()).isNull();
		ex.getArguments()[0] = "changed";
		assertThat(ex.getArguments()).containsExactly(503);
	}

	@Test
	void rejectWhenOnAFormThenThePageShowsTheTranslatedSentence() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		BindingResult result = new BeanPropertyBindingResult(new Form(), "form");
		new MastodonApiException("api.error.server-error", 503).reject(result);
		DiscoveryException.noAnswer(OutboundProblem.TIMEOUT, "example.social").rejectValue(result, "server");
		assertThat(messages.getMessage(result.getGlobalError(), Locale.ENGLISH)).contains("503");
		assertThat(messages.getMessage(result.getFieldError("server"), Locale.ENGLISH)).contains("example.social");
		assertThat(messages.getMessage(result.getFieldError("server"), Locale.GERMAN)).contains("example.social")
			.isNotEqualTo(messages.getMessage(result.getFieldError("server"), Locale.ENGLISH));
	}

	@Test
	void outboundProblemWhenCarriedThenTypedAndExplainedInTheStepsOwnWords() {
		for (OutboundProblem problem : OutboundProblem.values()) {
			assertThat(new OutboundException(problem).getCodes()).containsExactly(problem.messageKey());
			assertThat(new MastodonApiException(problem).problem()).contains(problem);
			DiscoveryException discovery = DiscoveryException.noAnswer(problem, "example.social");
			assertThat(discovery.problem()).contains(problem);
			assertThat(discovery.getCodes()).containsExactly("server.error." + MessageKeys.slug(problem));
		}
		assertThat(new MastodonApiException("api.error.bad-answer").problem()).isEmpty();
	}

	/**
	 * Every key an exception can carry exists in all five languages: the keys thrown in
	 * the code, and those made from an {@link OutboundProblem}.
	 */
	@Test
	void everyKeyAnExceptionCarriesWhenLookedUpThenExistsInAllFiveLanguages() throws IOException {
		Set<String> keys = thrownKeys();
		for (OutboundProblem problem : OutboundProblem.values()) {
			keys.addAll(List.of(new OutboundException(problem).getCodes()));
			keys.addAll(List.of(DiscoveryException.noAnswer(problem, "example.social").getCodes()));
		}
		assertThat(keys).as("keys found in the code")
			.hasSizeGreaterThan(40)
			.contains("seal.damaged", "seal.expired", "limit.wait.seconds", "limit.wait.minutes", "server.invalid.port",
					"api.error.scope-missing");
		for (String language : LANGUAGES) {
			Properties messages = new Properties();
			try (InputStream in = getClass().getResourceAsStream("/messages" + language + ".properties")) {
				messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			assertThat(keys).as("messages%s.properties", language)
				.allSatisfy((key) -> assertThat(messages).containsKey(key));
		}
	}

	private static Set<String> thrownKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher thrown = THROWN.matcher(source);
				while (thrown.find()) {
					Matcher key = KEY.matcher(thrown.group());
					while (key.find()) {
						keys.add(key.group(1));
					}
				}
				Matcher invalid = INVALID_ADDRESS.matcher(source);
				while (invalid.find()) {
					keys.add("server.invalid." + invalid.group(1));
				}
			}
		}
		return keys;
	}

	static class Form {

		private String server = "";

		public String getServer() {
			return this.server;
		}

		public void setServer(String server) {
			this.server = server;
		}

	}

}
