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
	/** The two values most bots need, in the order the page shows them. */
	public List<Value> mostBotsNeed() {
		return List.of(new Value("api_base_url", "api-base-url", this.apiBaseUrl),
				new Value("access_token", "access-token", this.accessToken));
	}

	/** The app's own two values. */
	public List<Value> appValues() {
		return List.of(new Value("client_id", "client-id", this.clientId),
				new Value("client_secret", "client-secret", this.clientSecret));
	}

	public String manageHost() {
		return (this.manageUrl != null) ? this.manageUrl.getHost() : null;
	}

	@Override
	public String toString() {
		return "Credentials[" + this.handle + "]";
	}

	/**
	 * One value on the page.
	 *
	 * @param name its name in a bot's settings ({@code access_token}), also the page's
	 * element id
	 * @param key its part of the message keys ({@code value.access-token})
	 * @param value the value itself
	 */
	public record Value(String name, String key, String value) {

		@Override
		public String toString() {
			return "Value[" + this.name + "]";
		}

	}

}
