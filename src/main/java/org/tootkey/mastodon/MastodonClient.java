package org.tootkey.mastodon;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.tootkey.outbound.OutboundClient;
import org.tootkey.outbound.OutboundException;
import org.tootkey.outbound.OutboundResponse;
import org.tootkey.server.JsonFields;
import org.tootkey.server.ServerProfile;
import org.tootkey.server.ServerText;

/**
 * Calls the Mastodon client API of a discovered server. Every failure becomes a
 * {@link MastodonApiException} with a message key of its own.
 */
@Component
public class MastodonClient {

	/** The permission {@link #markAsBot} needs. */
	public static final String MARK_BOT_SCOPE = "write:accounts";

	private static final int MAX_REASON = 200;

	private static final int MAX_NAME = 100;

	/** Far enough for any real date; keeps arithmetic on a server's numbers from overflowing. */
	private static final long MAX_SECONDS = 100L * 365 * 24 * 3600;

	private static final Pattern SCOPE = Pattern.compile("[a-z:_]{1,40}");

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
		if (response.status() == 429) {
			throw registrationLimit(response);
		}
		JsonNode json = successJson(response, "app");
		String clientId = text(json, "client_id");
		String clientSecret = text(json, "client_secret");
		if (clientId == null || clientSecret == null) {
			throw new MastodonApiException("api.error.bad-answer");
		}
		if (!SafeValue.isSafe(clientId) || !SafeValue.isSafe(clientSecret)) {
			throw new MastodonApiException(SafeValue.MESSAGE_KEY);
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
		// Only what we asked for can matter; a server's extra names are not kept.
		granted.retainAll(scopes);
		return new RegisteredApp(clientId, clientSecret, name, redirectUri,
				Collections.unmodifiableSet(new LinkedHashSet<>(granted.isEmpty() ? scopes : granted)));
	}

	/**
	 * The server's limit on app registrations per address (Mastodon: five per ten minutes,
	 * Pleroma and Akkoma: five per fifteen): when it ends, so people can come back then, and
	 * a pointer to class links, which need one registration for a whole group.
	 */
	private MastodonApiException registrationLimit(OutboundResponse response) {
		OptionalLong wait = response.retryAfterSeconds(this.clock);
		if (wait.isEmpty()) {
			return new MastodonApiException("app.error.rate-limited-unknown");
		}
		Instant at = this.clock.instant().plusSeconds(wait.getAsLong());
		String time = DateTimeFormatter.ofPattern("HH:mm 'UTC'")
			.withZone(ZoneOffset.UTC)
			.format(at);
		return new MastodonApiException("app.error.rate-limited", Math.max(1, (wait.getAsLong() + 59) / 60), time);
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
			// Mastodon's Api::BaseController#require_user!: 422 "This method requires an authenticated user".
			case 422 -> throw new KeyRejectedException(KeyRejectedException.Reason.NOT_A_USER,
					"api.error.token-rejected");
			case 403 -> throw new KeyRejectedException(KeyRejectedException.Reason.NO_PERMISSION,
					"api.error.scope-missing");
			default -> {
			}
		}
		return account(server, successJson(response, "token"));
	}

	/**
	 * The app a key belongs to ({@code GET /api/v1/apps/verify_credentials}): its name and
	 * website, and on Mastodon 4.3 and later the scopes it was registered with.
	 */
	public KeyApp application(ServerProfile server, String accessToken) {
		OutboundResponse response = call(HttpMethod.GET, server.baseUri().resolve("/api/v1/apps/verify_credentials"),
				null, accessToken);
		JsonNode json = successJson(response, "token");
		String name = text(json, "name");
		if (name == null) {
			throw new MastodonApiException("api.error.bad-answer");
		}
		return new KeyApp(shorten(plain(name), MAX_NAME), safeUri(server, text(json, "website")),
				scopes(json.path("scopes")));
	}

	/**
	 * What the server's OAuth side says about a key ({@code GET /oauth/token/info}: Doorkeeper's
	 * token info, which Mastodon serves), or empty where the server has no such page or gives
	 * no usable answer. Never throws for the server's sake: it only adds detail.
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
		return response.json().filter(JsonNode::isObject).filter((json) -> json.has("scope")).map((json) -> {
			JsonNode owner = json.path("resource_owner_id");
			Boolean user = json.has("resource_owner_id") ? (Boolean) !(owner.isNull() || owner.isMissingNode()) : null;
			JsonNode expiresIn = json.path("expires_in");
			boolean never = json.has("expires_in") && expiresIn.isNull();
			Instant now = this.clock.instant();
			Instant expiresAt = expiresIn.isIntegralNumber() && expiresIn.asLong() >= 0
					? now.plusSeconds(Math.min(expiresIn.asLong(), MAX_SECONDS)) : null;
			JsonNode created = json.path("created_at");
			Instant createdAt = created.isIntegralNumber() && created.asLong() > 0 && created.asLong() < MAX_SECONDS
					? Instant.ofEpochSecond(created.asLong()) : null;
			String clientId = text(json.path("application"), "uid");
			return new TokenInfo(scopes(json.path("scope")), user, never, expiresAt, createdAt,
					(clientId != null) ? shorten(clientId, MAX_NAME) : null);
		});
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
		return new PostedStatus(ServerText.cleanOrNull(text(json, "id"), ServerText.MAX_TOKEN),
				safeUri(server, text(json, "url")), ServerText.cleanOrNull(text(json, "visibility"), ServerText.MAX_TOKEN));
	}

	/** Marks the account as automated ({@code PATCH /api/v1/accounts/update_credentials}). */
	public Account markAsBot(ServerProfile server, String accessToken) {
		OutboundResponse response = call(HttpMethod.PATCH,
				server.baseUri().resolve("/api/v1/accounts/update_credentials"), Map.of("bot", "true"), accessToken);
		return account(server, successJson(response, "bot"));
	}

	/** Revokes a token ({@code POST /oauth/revoke}). */
	public void revoke(ServerProfile server, RegisteredApp app, String accessToken) {
		revoke(server, app.clientId(), app.clientSecret(), accessToken);
	}

	/**
	 * Revokes a token ({@code POST /oauth/revoke}, RFC 7009) with its app's client ID and
	 * secret. Doorkeeper (Mastodon) refuses with 403 when the client ID and secret are wrong or
	 * belong to another app, and answers 200 for a token it does not know.
	 * @throws MastodonApiException {@code revoke.error.refused} for a 401 or 403, else the usual keys
	 */
	public void revoke(ServerProfile server, String clientId, String clientSecret, String accessToken) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("client_id", clientId);
		form.put("client_secret", clientSecret);
		form.put("token", accessToken);
		OutboundResponse response = call(HttpMethod.POST, server.capabilities().revocationEndpoint(), form, null);
		if (response.status() == 401 || response.status() == 403) {
			throw new MastodonApiException("revoke.error.refused");
		}
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
		return new Account(ServerText.cleanOrNull(text(json, "id"), ServerText.MAX_TOKEN),
				ServerText.clean(username, ServerText.MAX_NAME),
				(displayName != null) ? ServerText.clean(plain(displayName), ServerText.MAX_NAME) : "",
				safeUri(server, text(json, "avatar_static") != null ? text(json, "avatar_static") : text(json, "avatar")),
				safeUri(server, text(json, "url")), json.path("bot").asBoolean(false));
	}

	/**
	 * Why a 401 refused the key, from Doorkeeper's description (its config/locales/en.yml,
	 * {@code doorkeeper.errors.messages.invalid_token}: "The access token was revoked", "… expired",
	 * "… is invalid"), which Mastodon puts in the body's {@code error} and in
	 * {@code WWW-Authenticate}. Servers in other languages or other programs say it otherwise:
	 * then the reason stays open.
	 */
	static KeyRejectedException.Reason refusal(OutboundResponse response) {
		String said = response.json().filter(JsonNode::isObject).map((json) -> text(json, "error")).orElse("");
		String header = response.headers().getFirst("WWW-Authenticate");
		String words = (said + " " + ((header != null) ? header : "")).toLowerCase(Locale.ROOT);
		if (words.contains("revoked")) {
			return KeyRejectedException.Reason.REVOKED;
		}
		if (words.contains("expired")) {
			return KeyRejectedException.Reason.EXPIRED;
		}
		if (words.contains("token is invalid")) {
			return KeyRejectedException.Reason.UNKNOWN;
		}
		return KeyRejectedException.Reason.REFUSED;
	}

	/** Scopes as an array or a space-separated string, each one short and plain; at most 64. */
	private static Set<String> scopes(JsonNode node) {
		Set<String> scopes = new LinkedHashSet<>();
		if (node.isArray()) {
			node.forEach((scope) -> scopes.add(scope.asString("")));
		}
		else if (node.isString()) {
			scopes.addAll(List.of(node.asString().trim().split("\\s+")));
		}
		scopes.removeIf((scope) -> !SCOPE.matcher(scope).matches());
		Set<String> first = new LinkedHashSet<>(scopes.stream().limit(64).toList());
		return Collections.unmodifiableSet(first);
	}

	private static String shorten(String text, int max) {
		return (text.codePointCount(0, text.length()) > max)
				? text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…" : text;
	}

	/**
	 * A link or picture from the server: the server's own origin, or an https address with a
	 * public name (never an IP literal or a private or reserved name).
	 */
	static URI safeUri(ServerProfile server, String value) {
		if (value == null || value.length() > ServerText.MAX_URI) {
			return null;
		}
		try {
			URI uri = URI.create(value.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase() : "";
			return (uri.getHost() != null && server.address().allowsPicture(uri)) ? uri : null;
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
		return ServerText.clean(plain(reason), MAX_REASON);
	}

	private static String plain(String html) {
		return Jsoup.parse(html.substring(0, Math.min(html.length(), 16 * 1024))).text().strip();
	}

	private static String text(JsonNode json, String field) {
		return JsonFields.text(json, field);
	}

}
