/**
 * The web layer that is neither OAuth nor a wizard step: the page language (resolution
 * and the switcher), error pages and the {@link org.tootkey.web.Problem} pages, the
 * Content-Security-Policy, the session's absolute lifetime, the friendly access-denied
 * answer, the busy answer, the per-visitor rate limit and the static files
 * (content-versioned, cached by browsers). Dependencies point one way:
 * {@code credentials → wizard → oauth → web → mastodon → server → exchanges → outbound};
 * this package uses only {@code outbound} (to recognise the busy answer).
 */
package org.tootkey.web;
