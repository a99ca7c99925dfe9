package org.tootkey.mastodon;

import java.io.Serializable;
import java.util.Set;

/**
 * An application registered on a server.
 *
 * @param clientId the app's public identifier ("client key")
 * @param clientSecret the app's password
 * @param name the name shown on posts ("via …")
 * @param redirectUri the one callback address registered
 * @param scopes the scopes registered
 */
public record RegisteredApp(String clientId, String clientSecret, String name, String redirectUri,
		Set<String> scopes) implements Serializable {

	@Override
	public String toString() {
		return "RegisteredApp[" + this.name + "]";
	}

}
