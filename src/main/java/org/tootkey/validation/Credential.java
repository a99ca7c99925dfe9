package org.tootkey.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A pasted key (access token, client ID or secret): surrounding spaces stripped, and for
 * a {@link #bearer() bearer} token a leading "Bearer " too; then at most {@link #max()}
 * characters, all of them from OAuth's token alphabet (RFC 6750 {@code b64token}). One
 * message at a time, the first that applies: {@link #empty()}, {@link #tooLong()}, then
 * {@link #message()} for a character outside the alphabet. Empty is allowed unless
 * {@link #required()}.
 */
@Documented
@Constraint(validatedBy = Credential.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Credential {

	/** The characters of OAuth bearer tokens and client credentials. */
	Pattern ALPHABET = Pattern.compile("[A-Za-z0-9._~+/=-]+");

	/** For a character outside the alphabet. */
	String message();

	String empty() default "";

	String tooLong() default "";

	int max();

	boolean required() default false;

	boolean bearer() default false;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link Credential}. */
	class Validator implements ConstraintValidator<Credential, CharSequence> {

		private Credential rule;

		/** The key as pasted, without surrounding spaces or a leading "Bearer ". */
		public static String withoutBearer(String pasted) {
			String key = pasted.strip();
			return key.toLowerCase(Locale.ROOT).startsWith("bearer ") ? key.substring(7).strip() : key;
		}

		@Override
		public void initialize(Credential annotation) {
			this.rule = annotation;
		}

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			String text = (value != null) ? value.toString() : "";
			String key = this.rule.bearer() ? withoutBearer(text) : text.strip();
			if (key.isEmpty()) {
				return !this.rule.required() || refuse(context, this.rule.empty());
			}
			if (key.length() > this.rule.max()) {
				return refuse(context, this.rule.tooLong());
			}
			return ALPHABET.matcher(key).matches();
		}

		private static boolean refuse(ConstraintValidatorContext context, String message) {
			if (!message.isEmpty()) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
			}
			return false;
		}

	}

}
