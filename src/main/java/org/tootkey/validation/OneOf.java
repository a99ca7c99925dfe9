package org.tootkey.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Exactly one of the given values (a missing value is none of them). */
@Documented
@Constraint(validatedBy = OneOf.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {

	String[] value();

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link OneOf}. */
	class Validator implements ConstraintValidator<OneOf, CharSequence> {

		private List<String> allowed;

		@Override
		public void initialize(OneOf annotation) {
			this.allowed = List.of(annotation.value());
		}

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value != null && this.allowed.contains(value.toString());
		}

	}

}
