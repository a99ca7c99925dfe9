/**
 * "Check a key": for an access token someone already has, whose it is, which app it
 * belongs to, what it may do and whether it still works, and revoking it. Uses
 * {@code server/}, {@code mastodon/} and the scope catalogue; never the wizard. The key
 * is held only sealed in the visitor's own page, for the revoke decision
 * ({@link org.tootkey.keycheck.KeySeal}).
 */
package org.tootkey.keycheck;
