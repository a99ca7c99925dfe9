package org.tootkey.wizard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.tootkey.wizard.WizardSession.Step;

/**
 * The step a visitor must have reached for a page (on a handler method) or for all pages
 * of a controller (on the class). Checked by {@link Steps} before the handler runs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@interface RequiresStep {

	Step value();

}
