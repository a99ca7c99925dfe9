package org.tootkey.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler that makes Tootkey call a server on the visitor's behalf: each request takes a
 * token from the visitor's bucket ({@code tootkey.rate-limit.*}); past the limit the answer
 * is 429 with {@code Retry-After} and the handler does not run.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {

}
