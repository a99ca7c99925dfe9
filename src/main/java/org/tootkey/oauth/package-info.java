/**
 * Spring Security wiring for the OAuth dance: registrations created per visitor and kept
 * in their session, the token exchange through the guarded outbound client, and security
 * headers. Redirects, state, PKCE and the code exchange are Spring Security's; the key it
 * obtains is handed over in the same request to whoever implements
 * {@link org.tootkey.oauth.TokenArrival} (the wizard), which names the next page.
 */
package org.tootkey.oauth;
