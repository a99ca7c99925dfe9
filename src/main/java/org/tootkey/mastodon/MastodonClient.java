package org.tootkey.mastodon;

import static org.tootkey.mastodon.MastodonAnswers.account;
import static org.tootkey.mastodon.MastodonAnswers.app;
import static org.tootkey.mastodon.MastodonAnswers.reason;
import static org.tootkey.mastodon.MastodonAnswers.safeUri;
import static org.tootkey.mastodon.MastodonAnswers.text;
import static org.tootkey.mastodon.MastodonFailures.failure;
import static org.tootkey.mastodon.MastodonFailures.refusal;
import static org.tootkey.mastodon.MastodonFailures.registrationLimit;
import static org.tootkey.mastodon.MastodonFailures.successJson;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.tootkey.outbound.OutboundClient;
import org.tootkey.outbound.OutboundResponse;
import org.tootkey.server.ServerProfile;
import org.tootkey.server.ServerText;

/**
 * Calls the Mastodon client API of a discovered server: registering the app, checking and
 * revoking a key, and what a bot does with it. Every failure becomes a
 * {@link MastodonApiException} with a message key of its own. What a key is beyond its
 * account (its app, its token info) is asked by {@link KeyDetails}.
 */
@Component
public class MastodonClient {

	/** The permission {@link #markAsBot} needs. */
	public static final String MARK_BOT_SCOPE = "write:accounts";

	private final OutboundClient client;

	private final Clock clock;

	MastodonClient(OutboundClient client, Clock clock) {
		this.client = client;
		this.clock = clock;
	}

	/**
	 * Registers an application ({@code POST /api/v1/apps}), form-encoded, with one
	 * redirect URI as a plain string (some servers reject an array).
	 */
	public RegisteredApp registerApp(ServerProfile server, String name, String website, Set<String> scopes,
			String redirectUri) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("client_name", name);
		form.add("redirect_uris", redirectUri);
		form.add("scopes", String.join(" ", scopes));
		if (website != null && !website.isBlank()) {
			form.add("website", website);
		}
		OutboundResponse response = call(HttpMethod.POST, server.baseUri().resolve("/api/v1/apps"), form, null);
		if (response.status() == 422 || response.status() == 400) {
			String reason = reason(response);
			throw (reason != null) ? new MastodonApiException("app.error.rejected", reason)
					: new MastodonApiException("app.error.rejected-no-reason");
		}
		if (response.status() == 429) {
			throw registrationLimit(response, this.clock);
		}
		JsonNode json = successJson(response, "app", this.clock);
		return app(json, name, redirectUri, scopes);
	}

	/**
	 * The account the token acts for ({@code GET /api/v1/accounts/verify_credentials}).
	 * @throws KeyRejectedException when the server refuses the key, with the reason
	 */
	public Account verifyCredentials(ServerProfile server, String accessToken) {
		OutboundResponse response = call(HttpMethod.GET,
				server.baseUri().resolve("/api/v1/accounts/verify_credentials"), null, accessToken);
		switch (response.status()) {
			case 401 -> throw new KeyRejectedException(refusal(response), "api.error.token-rejected");
			// Mastodon's Api::BaseController#require_user!: 422 "This method requires an
			// authenticated user".
			case 422 ->
				throw new KeyRejectedException(KeyRejectedException.Reason.NOT_A_USER, "api.error.token-rejected");
			case 403 ->
				throw new KeyRejectedException(KeyRejectedException.Reason.NO_PERMISSION, "api.error.scope-missing");
			default -> {
			}
		}
		return account(server, successJson(response, "token", this.clock));
	}

	/** Sends a post for the bot ({@code POST /api/v1/statuses}). */
	public PostedStatus post(ServerProfile server, String accessToken, String text, String visibility) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("status", text);
		form.add("visibility", visibility);
		OutboundResponse response = call(HttpMethod.POST, server.baseUri().resolve("/api/v1/statuses"), form,
				accessToken);
		if (response.status() == 422) {
			String reason = reason(response);
			throw (reason != null) ? new MastodonApiException("post.error.rejected", reason)
					: new MastodonApiException("post.error.rejected-no-reason");
		}
		JsonNode json = successJson(response, "post", this.clock);
		return new PostedStatus(ServerText.cleanOrNull(text(json, "id"), ServerText.MAX_TOKEN),
				safeUri(server, text(json, "url")),
				ServerText.cleanOrNull(text(json, "visibility"), ServerText.MAX_TOKEN));
	}

	/**
	 * Marks the account as automated ({@code PATCH /api/v1/accounts/update_credentials}).
	 */
	public Account markAsBot(ServerProfile server, String accessToken) {
		OutboundResponse response = call(HttpMethod.PATCH,
				server.baseUri().resolve("/api/v1/accounts/update_credentials"),
				MultiValueMap.fromSingleValue(Map.of("bot", "true")), accessToken);
		return account(server, successJson(response, "bot", this.clock));
	}

	/** Revokes a token ({@code POST /oauth/revoke}). */
	public void revoke(ServerProfile server, RegisteredApp app, String accessToken) {
		revoke(server, app.clientId(), app.clientSecret(), accessToken);
	}

	/**
	 * Revokes a token ({@code POST /oauth/revoke}, RFC 7009) with its app's client ID and
	 * secret. Doorkeeper (Mastodon) refuses with 403 when the client ID and secret are
	 * wrong or belong to another app, and answers 200 for a token it does not know.
	 * @throws MastodonApiException {@code revoke.error.refused} for a 401 or 403, else
	 * the usual keys
	 */
	public void revoke(ServerProfile server, String clientId, String clientSecret, String accessToken) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("client_id", clientId);
		form.add("client_secret", clientSecret);
		form.add("token", accessToken);
		OutboundResponse response = call(HttpMethod.POST, server.capabilities().revocationEndpoint(), form, null);
		if (response.status() == 401 || response.status() == 403) {
			throw new MastodonApiException("revoke.error.refused");
		}
		if (!response.isSuccess()) {
			throw failure(response, "revoke", this.clock);
		}
	}

	private OutboundResponse call(HttpMethod method, URI uri, MultiValueMap<String, String> form, String token) {
		return MastodonFailures.send(this.client, method, uri, form, token);
	}

}
