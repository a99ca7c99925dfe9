package org.tootkey.mastodon;

import java.net.URI;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.tootkey.outbound.OutboundClient;
import org.tootkey.outbound.OutboundException;
import org.tootkey.outbound.OutboundResponse;
import org.tootkey.server.JsonFields;
import org.tootkey.server.ServerProfile;

/**
 * Calls the Mastodon client API of a discovered server. Every failure becomes a
 * {@link MastodonApiException} with a message key of its own.
 */
@Component
public class MastodonClient {

	/** The permission {@link #markAsBot} needs. */
	public static final String MARK_BOT_SCOPE = "write:accounts";

	private static final int MAX_REASON = 200;

	private final OutboundClient client;

	private final Clock clock;

	MastodonClient(OutboundClient client, Clock clock) {
		this.client = client;
		this.clock = clock;
	}

	/**
	 * Registers an application ({@code POST /api/v1/apps}), form-encoded, with one redirect
	 * URI as a plain string (some servers reject an array).
	 */
	public RegisteredApp registerApp(ServerProfile server, String name, String website, Set<String> scopes,
			String redirectUri) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("client_name", name);
		form.put("redirect_uris", redirectUri);
		form.put("scopes", String.join(" ", scopes));
		if (website != null && !website.isBlank()) {
			form.put("website", website);
		}
		OutboundResponse response = call(HttpMethod.POST, server.baseUri().resolve("/api/v1/apps"), form, null);
		if (response.status() == 422 || response.status() == 400) {
			String reason = reason(response);
			throw (reason != null) ? new MastodonApiException("app.error.rejected", reason)
					: new MastodonApiException("app.error.rejected-no-reason");
		}
		JsonNode json = successJson(response, "app");
		String clientId = text(json, "client_id");
		String clientSecret = text(json, "client_secret");
		if (clientId == null || clientSecret == null) {
			throw new MastodonApiException("api.error.bad-answer");
		}
		Set<String> granted = new LinkedHashSet<>();
		JsonNode scopeNode = json.path("scopes");
		if (scopeNode.isArray()) {
			scopeNode.forEach((s) -> granted.add(s.asString("")));
		}
		else if (scopeNode.isString()) {
			granted.addAll(Set.of(scopeNode.asString().trim().split("\\s+")));
		}
		granted.remove("");
		return new RegisteredApp(clientId, clientSecret, name, redirectUri,
				Collections.unmodifiableSet(new LinkedHashSet<>(granted.isEmpty() ? scopes : granted)));
	}

	/** The account the token acts for ({@code GET /api/v1/accounts/verify_credentials}). */
	public Account verifyCredentials(ServerProfile server, String accessToken) {
		OutboundResponse response = call(HttpMethod.GET,
				server.baseUri().resolve("/api/v1/accounts/verify_credentials"), null, accessToken);
		return account(server, successJson(response, "token"));
	}

	/** Sends a post for the bot ({@code POST /api/v1/statuses}). */
	public PostedStatus post(ServerProfile server, String accessToken, String text, String visibility) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("status", text);
		form.put("visibility", visibility);
		OutboundResponse response = call(HttpMethod.POST, server.baseUri().resolve("/api/v1/statuses"), form,
				accessToken);
		if (response.status() == 422) {
			String reason = reason(response);
			throw (reason != null) ? new MastodonApiException("post.error.rejected", reason)
					: new MastodonApiException("post.error.rejected-no-reason");
		}
		JsonNode json = successJson(response, "post");
		return new PostedStatus(text(json, "id"), safeUri(server, text(json, "url")), text(json, "visibility"));
	}

	/** Marks the account as automated ({@code PATCH /api/v1/accounts/update_credentials}). */
	public Account markAsBot(ServerProfile server, String accessToken) {
		OutboundResponse response = call(HttpMethod.PATCH,
				server.baseUri().resolve("/api/v1/accounts/update_credentials"), Map.of("bot", "true"), accessToken);
		return account(server, successJson(response, "bot"));
	}

	/** Revokes a token ({@code POST /oauth/revoke}). */
	public void revoke(ServerProfile server, RegisteredApp app, String accessToken) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("client_id", app.clientId());
		form.put("client_secret", app.clientSecret());
		form.put("token", accessToken);
		OutboundResponse response = call(HttpMethod.POST, server.capabilities().revocationEndpoint(), form, null);
		if (!response.isSuccess()) {
			throw failure(response, "revoke");
		}
	}

	private OutboundResponse call(HttpMethod method, URI uri, Map<String, String> form, String token) {
		try {
			return this.client.send(method, uri, form, token);
		}
		catch (OutboundException ex) {
			throw new MastodonApiException(ex.problem().messageKey());
		}
	}

	private JsonNode successJson(OutboundResponse response, String action) {
		if (!response.isSuccess()) {
			throw failure(response, action);
		}
		return response.json().filter(JsonNode::isObject).orElseThrow(() -> new MastodonApiException("api.error.bad-answer"));
	}

	private MastodonApiException failure(OutboundResponse response, String action) {
		int status = response.status();
		if (status == 429) {
			OptionalLong wait = response.retryAfterSeconds(this.clock);
			return wait.isPresent() ? new MastodonApiException("api.error.rate-limited", Math.max(1, (wait.getAsLong() + 59) / 60))
					: new MastodonApiException("api.error.rate-limited-unknown");
		}
		if (status == 401 || (status == 422 && !"app".equals(action))) {
			return new MastodonApiException("api.error.token-rejected");
		}
		if (status == 403) {
			return new MastodonApiException("api.error.scope-missing");
		}
		if (status == 404) {
			return new MastodonApiException("api.error.not-found");
		}
		if (status >= 500) {
			return new MastodonApiException("api.error.server-error", status);
		}
		return new MastodonApiException("api.error.unexpected", status);
	}

	private Account account(ServerProfile server, JsonNode json) {
		String username = text(json, "username");
		if (username == null) {
			throw new MastodonApiException("api.error.bad-answer");
		}
		String displayName = text(json, "display_name");
		return new Account(text(json, "id"), username, (displayName != null) ? plain(displayName) : "",
				safeUri(server, text(json, "avatar_static") != null ? text(json, "avatar_static") : text(json, "avatar")),
				safeUri(server, text(json, "url")), json.path("bot").asBoolean(false));
	}

	/** A link or picture from the server: only https, or the server's own origin. */
	static URI safeUri(ServerProfile server, String value) {
		if (value == null) {
			return null;
		}
		try {
			URI uri = URI.create(value.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase() : "";
			return (uri.getHost() != null && (scheme.equals("https") || server.address().owns(uri))) ? uri : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The server's stated reason, reduced to short plain text, or null. */
	static String reason(OutboundResponse response) {
		JsonNode json = response.json().filter(JsonNode::isObject).orElse(null);
		if (json == null) {
			return null;
		}
		String reason = text(json, "error_description");
		if (reason == null) {
			reason = text(json, "error");
		}
		if (reason == null) {
			return null;
		}
		String text = plain(reason);
		return (text.length() > MAX_REASON) ? text.substring(0, MAX_REASON - 1) + "…" : text;
	}

	private static String plain(String html) {
		return Jsoup.parse(html).text().strip();
	}

	private static String text(JsonNode json, String field) {
		return JsonFields.text(json, field);
	}

}
