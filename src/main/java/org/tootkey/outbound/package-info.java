/**
 * The one guarded outbound HTTP client that every call to a server goes through: timeouts,
 * a total deadline, a response size cap, no redirects, an address filter and a cap on
 * concurrent calls.
 */
package org.tootkey.outbound;
