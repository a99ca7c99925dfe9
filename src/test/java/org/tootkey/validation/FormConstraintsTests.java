package org.tootkey.validation;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormConstraintsTests {

	private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void textWhenOnlySpacesThenEmptyAndWhenStrippedFitsThenNotTooLong() {
		assertThat(violations(new Form("\u2003 \t", ""))).containsExactly("empty");
		assertThat(violations(new Form("  " + "🤖".repeat(3) + "\u2003", ""))).isEmpty();
		assertThat(violations(new Form("🤖".repeat(4), ""))).containsExactly("long 3");
	}

	@Test
	void websiteWhenEmptyThenFineAndWhenNotAFullHttpAddressThenRefused() {
		assertThat(violations(new Form("a", " "))).isEmpty();
		assertThat(violations(new Form("a", "https://bot.example/about"))).isEmpty();
		for (String bad : new String[] { "javascript:alert(1)", "bot.example", "https://user:pw@bot.example",
				"ftp://bot.example", "https://" + "a".repeat(40) + ".example", "http://exa mple" }) {
			assertThat(violations(new Form("a", bad))).as(bad).containsExactly("website");
		}
	}

	private Set<String> violations(Form form) {
		return this.validator.validate(form).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
	}

	record Form(@Filled(message = "empty") @MaxCharacters(value = 3, message = "long {0}") String text,
			@WebAddress(max = 40, message = "website") String website) {
	}

}
