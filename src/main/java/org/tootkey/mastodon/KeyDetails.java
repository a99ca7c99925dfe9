package org.tootkey.mastodon;

import static org.tootkey.mastodon.MastodonAnswers.MAX_NAME;
import static org.tootkey.mastodon.MastodonAnswers.plain;
import static org.tootkey.mastodon.MastodonAnswers.safeUri;
import static org.tootkey.mastodon.MastodonAnswers.scopes;
import static org.tootkey.mastodon.MastodonAnswers.shorten;
import static org.tootkey.mastodon.MastodonAnswers.text;
import static org.tootkey.mastodon.MastodonFailures.successJson;

import java.time.Clock;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.tootkey.outbound.OutboundClient;
import org.tootkey.outbound.OutboundException;
import org.tootkey.outbound.OutboundResponse;
import org.tootkey.server.ServerProfile;

/**
 * What a server says about a key beyond the account it acts for: the app it belongs to
 * and, where the server has such a page, its OAuth token info (scopes, age, expiry). For
 * the key check; the wizard knows its own app.
 */
@Component
public class KeyDetails {

	private final OutboundClient client;

	private final Clock clock;

	KeyDetails(OutboundClient client, Clock clock) {
		this.client = client;
		this.clock = clock;
	}

	/**
	 * The app a key belongs to ({@code GET /api/v1/apps/verify_credentials}): its name
	 * and website, and on Mastodon 4.3 and later the scopes it was registered with.
	 */
	public KeyApp application(ServerProfile server, String accessToken) {
		OutboundResponse response = MastodonFailures.send(this.client, HttpMethod.GET,
				server.baseUri().resolve("/api/v1/apps/verify_credentials"), null, accessToken);
		JsonNode json = successJson(response, "token", this.clock);
		String name = text(json, "name");
		if (name == null) {
			throw new MastodonApiException("api.error.bad-answer");
		}
		return new KeyApp(shorten(plain(name), MAX_NAME), safeUri(server, text(json, "website")),
				scopes(json.path("scopes")));
	}

	/**
	 * What the server's OAuth side says about a key ({@code GET /oauth/token/info}:
	 * Doorkeeper's token info, which Mastodon serves), or empty where the server has no
	 * such page or gives no usable answer. Never throws for the server's sake: it only
	 * adds detail.
	 */
	public Optional<TokenInfo> tokenInfo(ServerProfile server, String accessToken) {
		OutboundResponse response;
		try {
			response = this.client.send(HttpMethod.GET, server.baseUri().resolve("/oauth/token/info"), null,
					accessToken);
		}
		catch (OutboundException ex) {
			return Optional.empty();
		}
		if (!response.isSuccess()) {
			return Optional.empty();
		}
		return response.json()
			.filter(JsonNode::isObject)
			.filter((json) -> json.has("scope"))
			.map((json) -> MastodonAnswers.tokenInfo(json, this.clock));
	}

}
