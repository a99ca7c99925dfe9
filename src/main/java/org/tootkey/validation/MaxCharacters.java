package org.tootkey.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Text no longer than {@link #value()} characters as a person counts them: code points
 * (an emoji is one, unlike {@code @Size}'s UTF-16 units), surrounding spaces stripped.
 * The message names the limit as <code>{0}</code>, like a {@code MessageFormat} argument.
 */
@Documented
@Constraint(validatedBy = MaxCharacters.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxCharacters {

	int value();

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link MaxCharacters}. */
	class Validator implements ConstraintValidator<MaxCharacters, CharSequence> {

		private int max;

		@Override
		public void initialize(MaxCharacters annotation) {
			this.max = annotation.value();
		}

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			String text = value.toString().strip();
			if (text.codePointCount(0, text.length()) <= this.max) {
				return true;
			}
			context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("0", this.max);
			return false;
		}

	}

}
