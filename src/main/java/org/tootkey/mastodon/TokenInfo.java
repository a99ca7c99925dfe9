package org.tootkey.mastodon;

import java.time.Instant;
import java.util.Set;

/**
 * What a server's OAuth side says about a key ({@code GET /oauth/token/info},
 * Doorkeeper's token info, which Mastodon serves).
 *
 * @param scopes the scopes this key carries (exactly, not the app's)
 * @param user whether the key acts for an account (false for an app-only key), or null
 * when the server does not say
 * @param neverExpires whether the server says the key never expires
 * @param expiresAt when the key stops working, or null (never, or not said)
 * @param createdAt when the key was made, or null
 * @param clientId the client ID of the key's app, or null
 */
public record TokenInfo(Set<String> scopes, Boolean user, boolean neverExpires, Instant expiresAt, Instant createdAt,
		String clientId) {

}
