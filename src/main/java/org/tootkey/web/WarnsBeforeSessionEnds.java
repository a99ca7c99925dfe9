package org.tootkey.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A wizard page (a handler, or every handler of a controller) that warns before the
 * visitor's session runs out: while a session exists, the page carries how long it has
 * left, and the layout's script says so shortly before, and again when it has run out
 * ({@link SessionWarning}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface WarnsBeforeSessionEnds {

}
