package org.tootkey.fake;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * JSON shapes of Mastodon's entities (mastodon/documentation content/en/entities/*.md;
 * the Application shapes from content/en/methods/apps.md).
 */
final class Entities {

	private Entities() {
	}

	/**
	 * The VAPID key from the documentation's example (deprecated on Application since
	 * 4.3.0, still sent).
	 */
	static final String VAPID_KEY = "BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M=";

	/**
	 * The answer to POST /api/v1/apps. 4.3+ (CredentialApplication): scopes and
	 * redirect_uris arrays, {@code redirect_uri} the registered URIs joined with
	 * newlines, {@code client_secret_expires_at} 0 (4.4.0). Older and other programs: the
	 * plain Application with client_id/client_secret.
	 */
	static Map<String, Object> credentialApplication(ServerMode mode, Store.App app) {
		Map<String, Object> json = application(mode, app);
		json.put("client_id", app.clientId());
		json.put("client_secret", app.clientSecret());
		if (mode.modernAppEntity()) {
			json.put("client_secret_expires_at", 0);
		}
		return json;
	}

	/** GET /api/v1/apps/verify_credentials (4.3+ adds scopes and redirect_uris). */
	static Map<String, Object> application(ServerMode mode, Store.App app) {
		Map<String, Object> json = Json.obj("id", app.id(), "name", app.name(), "website", app.website());
		if (mode.modernAppEntity()) {
			json.put("scopes", app.scopes());
			json.put("redirect_uri", String.join("\n", app.redirectUris()));
			json.put("redirect_uris", app.redirectUris());
		}
		else {
			json.put("redirect_uri", String.join("\n", app.redirectUris()));
		}
		json.put("vapid_key", VAPID_KEY);
		return json;
	}

	static Map<String, Object> account(Store.Account a, String base, boolean credential) {
		Map<String, Object> json = Json.obj("id", a.id, "username", a.username, "acct", a.username, "display_name",
				a.displayName, "locked", false, "bot", a.bot, "discoverable", true, "indexable", false, "group", false,
				"created_at", a.createdAt.toString().replace("Z", ".000Z"), "note", a.note, "url",
				base + "/@" + a.username, "uri", base + "/users/" + a.username, "avatar",
				base + "/avatars/" + a.username + ".png", "avatar_static", base + "/avatars/" + a.username + ".png",
				"header", base + "/headers/original/missing.png", "header_static",
				base + "/headers/original/missing.png", "followers_count", a.bot ? 128 : 12, "following_count",
				a.bot ? 0 : 40, "statuses_count", 3, "last_status_at",
				Instant.now().truncatedTo(ChronoUnit.DAYS).toString().substring(0, 10), "hide_collections", false,
				"noindex", false, "emojis", List.of(), "roles", List.of(), "fields", List.of());
		if (credential) {
			json.put("source",
					Json.obj("privacy", "public", "sensitive", false, "language", "en", "note",
							a.note.replaceAll("<[^>]+>", ""), "fields", List.of(), "follow_requests_count", 0,
							"hide_collections", false, "discoverable", true, "indexable", false));
			json.put("role", Json.obj("id", "-99", "name", "", "permissions", "0", "color", "", "highlighted", false));
		}
		return json;
	}

	static Map<String, Object> status(Store.Status s, String base) {
		return Json.obj("id", s.id(), "created_at", s.createdAt().truncatedTo(ChronoUnit.MILLIS).toString(),
				"in_reply_to_id", null, "in_reply_to_account_id", null, "sensitive", false, "spoiler_text", "",
				"visibility", s.visibility(), "language", "en", "uri",
				base + "/users/" + s.account().username + "/statuses/" + s.id(), "url",
				base + "/@" + s.account().username + "/" + s.id(), "replies_count", 0, "reblogs_count", 0,
				"favourites_count", 0, "edited_at", null, "favourited", false, "reblogged", false, "muted", false,
				"bookmarked", false, "pinned", false, "content",
				"<p>" + Pages.esc(s.text()).replace("\n", "<br>") + "</p>", "filtered", List.of(), "reblog", null,
				"application", s.app() == null ? null : Json.obj("name", s.app().name(), "website", s.app().website()),
				"account", account(s.account(), base, false), "media_attachments", List.of(), "mentions", List.of(),
				"tags", List.of(), "emojis", List.of(), "card", null, "poll", null);
	}

}
