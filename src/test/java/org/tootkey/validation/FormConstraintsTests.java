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

	@Test
	void keyWhenPastedWithSpacesOrBearerThenFineAndOneMessageForWhatIsWrongFirst() {
		assertThat(keyViolations(new Key("  Bearer abc-DEF_123.~+/=  ", "", ""))).isEmpty();
		assertThat(keyViolations(new Key(" \u2003\t ", "", ""))).containsExactly("token:empty");
		assertThat(keyViolations(new Key("x".repeat(21), "", ""))).containsExactly("token:long");
		// Too long and with a foreign character: only the first problem is said.
		assertThat(keyViolations(new Key("<" + "x".repeat(21), "", ""))).containsExactly("token:long");
		assertThat(keyViolations(new Key("abc\"def", "", ""))).containsExactly("token:characters");
		assertThat(keyViolations(new Key("abc def", "", ""))).containsExactly("token:characters");
	}

	@Test
	void clientWhenOnlyOneOfIdAndSecretThenTheEmptyOneIsNamedAndBothOrNeitherAreFine() {
		assertThat(keyViolations(new Key("abc", "", " "))).isEmpty();
		assertThat(keyViolations(new Key("abc", "id", "secret"))).isEmpty();
		assertThat(keyViolations(new Key("abc", "id", ""))).containsExactly("clientSecret:both");
		assertThat(keyViolations(new Key("abc", " ", "secret"))).containsExactly("clientId:both");
		assertThat(keyViolations(new Key("abc", "i d", "secret"))).containsExactly("clientId:characters");
	}

	private Set<String> keyViolations(Key key) {
		return this.validator.validate(key)
			.stream()
			.map((violation) -> violation.getPropertyPath() + ":" + violation.getMessage())
			.collect(Collectors.toSet());
	}

	@BothOrNeither(first = "clientId", second = "clientSecret", message = "both")
	static final class Key {

		@Credential(bearer = true, required = true, max = 20, empty = "empty", tooLong = "long", message = "characters")
		private final String token;

		@Credential(max = 10, message = "characters")
		private final String clientId;

		@Credential(max = 10, message = "characters")
		private final String clientSecret;

		Key(String token, String clientId, String clientSecret) {
			this.token = token;
			this.clientId = clientId;
			this.clientSecret = clientSecret;
		}

	}

	private Set<String> violations(Form form) {
		return this.validator.validate(form).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
	}

	record Form(@Filled(message = "empty") @MaxCharacters(value = 3, message = "long {0}") String text,
			@WebAddress(max = 40, message = "website") String website) {
	}

}
