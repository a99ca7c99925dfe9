package org.tootkey.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Which handlers carry a marker annotation (on the method, or else on its controller),
 * worked out once per handler rather than on every request: Spring's merged-annotation
 * search walks the class hierarchy each time, and the interceptors ask on every request
 * (issue 16: about 7 % of the CPU of a plain redirect). The handlers are the
 * application's own, so the map holds at most one entry per handler method.
 *
 * @param <A> the marker
 */
public final class HandlerMarks<A extends Annotation> {

	private final Class<A> type;

	private final Map<Handler, Optional<A>> found = new ConcurrentHashMap<>();

	public HandlerMarks(Class<A> type) {
		this.type = type;
	}

	/** The marker on the handler's method, or else on its controller, or {@code null}. */
	public A find(Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return null;
		}
		return this.found
			.computeIfAbsent(new Handler(method.getBeanType(), method.getMethod()),
					(key) -> Optional.ofNullable(lookUp(method)))
			.orElse(null);
	}

	/** Whether the handler's method or its controller carries the marker. */
	public boolean on(Object handler) {
		return find(handler) != null;
	}

	private A lookUp(HandlerMethod method) {
		A onMethod = method.getMethodAnnotation(this.type);
		return (onMethod != null) ? onMethod
				: AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), this.type);
	}

	private record Handler(Class<?> beanType, Method method) {
	}

}
