package org.tootkey.credentials;

import java.net.URI;
import java.util.List;

/**
 * What the person takes away. Lives only in the model of the one response that shows it.
 *
 * @param apiBaseUrl the server's base URL, e.g. {@code https://mastodon.social}
 * @param clientId the app's client ID ("client key")
 * @param clientSecret the app's client secret
 * @param accessToken the bot's access token
 * @param handle the account, e.g. {@code @bot@mastodon.social}
 * @param appName the app's name
 * @param scopes the permissions granted
 * @param manageUrl where the person can see and revoke authorized apps on the server, or null
 */
record Credentials(String apiBaseUrl, String clientId, String clientSecret, String accessToken, String handle,
		String appName, List<String> scopes, URI manageUrl) {

	@Override
	public String toString() {
		return "Credentials[" + this.handle + "]";
	}

}
