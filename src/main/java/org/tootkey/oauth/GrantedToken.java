package org.tootkey.oauth;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * The access token a server granted, with the scopes it says it granted (possibly none:
 * some servers omit them, then {@code verify_credentials} is the proof).
 *
 * @param value the token itself
 * @param scopes the granted scopes as reported, may be empty
 * @param expiresAt when the server said the token stops working, or null (Mastodon's
 * never do)
 */
public record GrantedToken(String value, Set<String> scopes, Instant expiresAt) implements Serializable {

	@Override
	public String toString() {
		return "GrantedToken[scopes=" + this.scopes + "]";
	}

}
