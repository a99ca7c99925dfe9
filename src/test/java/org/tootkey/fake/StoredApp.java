package org.tootkey.fake;

import java.util.List;

/**
 * An app registered through POST /api/v1/apps. {@code redirectUri} holds the registered
 * URIs joined with newlines (Mastodon's {@code redirect_uri} column); {@code scopes} is
 * space-separated, as stored by Doorkeeper.
 */
public record StoredApp(String clientId, String clientSecret, String name, String redirectUri, String scopes,
		String website) {

	public List<String> redirectUris() {
		return List.of(redirectUri.split("\n"));
	}

	public List<String> scopeList() {
		return scopes.isEmpty() ? List.of() : List.of(scopes.split(" "));
	}
}
