package org.tootkey.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Empty, or a full {@code http}/{@code https} address with a host, no user name or
 * password, at most {@link #max()} characters (surrounding spaces stripped).
 */
@Documented
@Constraint(validatedBy = WebAddress.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface WebAddress {

	int max();

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link WebAddress}. */
	class Validator implements ConstraintValidator<WebAddress, CharSequence> {

		private int max;

		@Override
		public void initialize(WebAddress annotation) {
			this.max = annotation.max();
		}

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			String website = (value != null) ? value.toString().strip() : "";
			if (website.isEmpty()) {
				return true;
			}
			try {
				URI uri = URI.create(website);
				return website.length() <= this.max && uri.getHost() != null
						&& ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
						&& uri.getRawUserInfo() == null;
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}

	}

}
