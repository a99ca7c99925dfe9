/**
 * The one guarded outbound HTTP client that every call to a server goes through:
 * timeouts, a total deadline, a response size cap, no redirects, an address filter and a
 * cap on concurrent calls. Other concerns join as {@code ClientHttpRequestInterceptor}
 * beans, which the client runs after its concurrency cap.
 */
package org.tootkey.outbound;
