package org.tootkey;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * Something that ends a step and is explained to the person by one message key. A
 * {@link MessageSourceResolvable}, so a page shows it through the {@code MessageSource}
 * ({@link #reject(Errors)}, {@link #rejectValue(Errors, String)}, or
 * {@code @messageSource.getMessage(detail, #locale)} in a template) and nobody takes a
 * key and its arguments apart. Carries only our own key and arguments that are ours or
 * reduced to short plain text: never upstream text, and no stack trace (these are
 * answers, not faults).
 */
public abstract class TootkeyException extends RuntimeException implements MessageSourceResolvable {

	private static final long serialVersionUID = 1L;

	private final String code;

	private final Object[] arguments;

	protected TootkeyException(String code, Object... arguments) {
		super(code, null, false, false);
		this.code = code;
		this.arguments = (arguments != null) ? arguments.clone() : new Object[0];
	}

	/** The one message key that explains this. */
	@Override
	public String[] getCodes() {
		return new String[] { this.code };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

	/** None: every key exists in every language, which the translation tests check. */
	@Override
	public String getDefaultMessage() {
		return null;
	}

	/** Shows this as an error of the whole form. */
	public void reject(Errors errors) {
		errors.reject(this.code, getArguments(), null);
	}

	/** Shows this as the error of one field. */
	public void rejectValue(Errors errors, String field) {
		errors.rejectValue(field, this.code, getArguments(), null);
	}

}
