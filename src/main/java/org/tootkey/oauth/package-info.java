/**
 * Spring Security wiring for the OAuth dance: registrations created per visitor and kept
 * in their session, the token exchange through the guarded outbound client, and security
 * headers. Redirects, state, PKCE and the code exchange are Spring Security's.
 */
package org.tootkey.oauth;
