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

/**
 * Text with something in it once surrounding spaces are stripped ({@link String#strip()}:
 * Unicode spaces too, unlike {@code @NotBlank}'s {@code trim()}).
 */
@Documented
@Constraint(validatedBy = Filled.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Filled {

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link Filled}. */
	class Validator implements ConstraintValidator<Filled, CharSequence> {

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value != null && !value.toString().isBlank();
		}

	}

}
