package org.tootkey.credentials;

import java.io.Serial;
import java.io.Serializable;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * What the person takes away. Lives only between the reveal's POST and the one GET that
 * shows it (a flash attribute), then in that response's model.
 *
 * @param apiBaseUrl the server's base URL, e.g. {@code https://mastodon.social}
 * @param clientId the app's client ID ("client key")
 * @param clientSecret the app's client secret
 * @param accessToken the bot's access token
 * @param handle the account, e.g. {@code @bot@mastodon.social}
 * @param appName the app's name
 * @param scopes the permissions granted
 * @param manageUrl where the person can see and revoke authorized apps on the server, or
 * null
 * @param madeOn the day the keys were made (UTC), for the {@code .env} file's header
 */
record Credentials(String apiBaseUrl, String clientId, String clientSecret, String accessToken, String handle,
		String appName, List<String> scopes, URI manageUrl, LocalDate madeOn) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The server's name in the link to its authorized-apps page, or null. */
	public String manageHost() {
		return (this.manageUrl != null) ? this.manageUrl.getHost() : null;
	}

	@Override
	public String toString() {
		return "Credentials[" + this.handle + "]";
	}

}
