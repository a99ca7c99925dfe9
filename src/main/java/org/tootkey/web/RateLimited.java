package org.tootkey.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler that makes Tootkey call a server on the visitor's behalf. It gets the
 * visitor's allowance ({@code tootkey.rate-limit.*}) and spends from it with
 * {@link VisitorLimit#spend} right before a real call only; past the limit it shows the
 * same step again with what was typed, 429 and {@code Retry-After}, and calls no server.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {

}
