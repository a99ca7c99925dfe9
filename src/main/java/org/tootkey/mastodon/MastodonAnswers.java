package org.tootkey.mastodon;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;

import org.tootkey.outbound.OutboundResponse;
import org.tootkey.server.JsonFields;
import org.tootkey.server.ServerProfile;
import org.tootkey.server.ServerText;

/**
 * Reads what a Mastodon server answered: the failure a status stands for (as a
 * {@link MastodonApiException} with its message key), the account, scopes, links and
 * reasons — each bounded and reduced to plain text, since everything a server sends is
 * hostile.
 */
final class MastodonAnswers {

	private static final int MAX_REASON = 200;

	static final int MAX_NAME = 100;

	private static final Pattern SCOPE = Pattern.compile("[a-z:_]{1,40}");

	/**
	 * Far enough for any real date; keeps arithmetic on a server's numbers from
	 * overflowing.
	 */
	private static final long MAX_SECONDS = 100L * 365 * 24 * 3600;

	private MastodonAnswers() {
	}

	static Account account(ServerProfile server, JsonNode json) {
		String username = text(json, "username");
		if (username == null) {
			throw new MastodonApiException("api.error.bad-answer");
		}
		String displayName = text(json, "display_name");
		return new Account(ServerText.cleanOrNull(text(json, "id"), ServerText.MAX_TOKEN),
				ServerText.clean(username, ServerText.MAX_NAME),
				(displayName != null) ? ServerText.clean(plain(displayName), ServerText.MAX_NAME) : "",
				safeUri(server,
						text(json, "avatar_static") != null ? text(json, "avatar_static") : text(json, "avatar")),
				safeUri(server, text(json, "url")), json.path("bot").asBoolean(false));
	}

	/**
	 * Scopes as an array or a space-separated string, each one short and plain; at most
	 * 64.
	 */
	static Set<String> scopes(JsonNode node) {
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

	static String shorten(String text, int max) {
		return (text.codePointCount(0, text.length()) > max)
				? text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…" : text;
	}

	/**
	 * A link or picture from the server: the server's own origin, or an https address
	 * with a public name (never an IP literal or a private or reserved name).
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

	static String plain(String html) {
		return Jsoup.parse(html.substring(0, Math.min(html.length(), 16 * 1024))).text().strip();
	}

	static String text(JsonNode json, String field) {
		return JsonFields.text(json, field);
	}

	/** Doorkeeper's token info ({@code GET /oauth/token/info}), every number bounded. */
	static TokenInfo tokenInfo(JsonNode json, Clock clock) {
		JsonNode owner = json.path("resource_owner_id");
		Boolean user = json.has("resource_owner_id") ? (Boolean) !(owner.isNull() || owner.isMissingNode()) : null;
		JsonNode expiresIn = json.path("expires_in");
		boolean never = json.has("expires_in") && expiresIn.isNull();
		Instant now = clock.instant();
		Instant expiresAt = expiresIn.isIntegralNumber() && expiresIn.asLong() >= 0
				? now.plusSeconds(Math.min(expiresIn.asLong(), MAX_SECONDS)) : null;
		JsonNode created = json.path("created_at");
		Instant createdAt = created.isIntegralNumber() && created.asLong() > 0 && created.asLong() < MAX_SECONDS
				? Instant.ofEpochSecond(created.asLong()) : null;
		String clientId = text(json.path("application"), "uid");
		return new TokenInfo(scopes(json.path("scope")), user, never, expiresAt, createdAt,
				(clientId != null) ? shorten(clientId, MAX_NAME) : null);
	}

	/**
	 * The app a registration answer describes; the scopes asked for when it names none.
	 */
	static RegisteredApp app(JsonNode json, String name, String redirectUri, Set<String> asked) {
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
		granted.retainAll(asked);
		// The server's order, but the names as asked (the same strings the wizard already
		// holds), not the server's copies: every waiting session keeps this set.
		Set<String> kept = new LinkedHashSet<>();
		for (String scope : granted.isEmpty() ? asked : granted) {
			kept.add(asked.stream().filter(scope::equals).findFirst().orElse(scope));
		}
		return new RegisteredApp(clientId, clientSecret, name, redirectUri, Collections.unmodifiableSet(kept));
	}

}
