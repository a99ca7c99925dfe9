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

import org.springframework.beans.DirectFieldAccessor;

/**
 * Two optional fields that only make sense together (a client ID and its secret): both
 * filled or both empty. The error is reported on the one left empty.
 */
@Documented
@Constraint(validatedBy = BothOrNeither.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BothOrNeither {

	String message();

	/** The first field's name, as the form and the page call it. */
	String first();

	/** The second field's name. */
	String second();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link BothOrNeither}. */
	class Validator implements ConstraintValidator<BothOrNeither, Object> {

		private BothOrNeither rule;

		@Override
		public void initialize(BothOrNeither annotation) {
			this.rule = annotation;
		}

		@Override
		public boolean isValid(Object form, ConstraintValidatorContext context) {
			// The fields as typed: a form may keep a secret out of its getters.
			DirectFieldAccessor fields = new DirectFieldAccessor(form);
			boolean firstEmpty = blank(fields.getPropertyValue(this.rule.first()));
			if (firstEmpty == blank(fields.getPropertyValue(this.rule.second()))) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(this.rule.message())
				.addPropertyNode(firstEmpty ? this.rule.first() : this.rule.second())
				.addConstraintViolation();
			return false;
		}

		private static boolean blank(Object value) {
			return value == null || value.toString().isBlank();
		}

	}

}
