package org.tootkey.server;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What we know of server programs without asking them: which offer the Mastodon client API
 * and which scopes they accept when they publish no OAuth metadata.
 */
final class KnownSoftware {

	/** Scopes every Mastodon-compatible server has accepted since Mastodon 3.x. */
	static final Set<String> CLASSIC_SCOPES = Set.of("read", "write", "follow", "push", "read:accounts", "read:blocks",
			"read:bookmarks", "read:favourites", "read:filters", "read:follows", "read:lists", "read:mutes",
			"read:notifications", "read:search", "read:statuses", "write:accounts", "write:blocks", "write:bookmarks",
			"write:conversations", "write:favourites", "write:filters", "write:follows", "write:lists", "write:media",
			"write:mutes", "write:notifications", "write:reports", "write:statuses");

	/** The four scopes that cover everything an account can do. */
	static final Set<String> BROAD_SCOPES = Set.of("read", "write", "follow", "push");

	/**
	 * Programs that do not offer the Mastodon client API, by their NodeInfo name, with the
	 * name people know them by.
	 */
	private static final Map<String, String> WITHOUT_MASTODON_API = Map.ofEntries(Map.entry("misskey", "Misskey"),
			Map.entry("firefish", "Firefish"), Map.entry("cherrypick", "CherryPick"), Map.entry("foundkey", "FoundKey"),
			Map.entry("catodon", "Catodon"),
			Map.entry("lemmy", "Lemmy"), Map.entry("peertube", "PeerTube"), Map.entry("mbin", "Mbin"),
			Map.entry("kbin", "kbin"), Map.entry("writefreely", "WriteFreely"), Map.entry("bookwyrm", "BookWyrm"),
			Map.entry("lotide", "lotide"), Map.entry("funkwhale", "Funkwhale"), Map.entry("wordpress", "WordPress"),
			Map.entry("ghost", "Ghost"), Map.entry("bluesky", "Bluesky"), Map.entry("owncast", "Owncast"),
			Map.entry("plume", "Plume"), Map.entry("hubzilla", "Hubzilla"), Map.entry("diaspora", "diaspora*"),
			Map.entry("nextcloud social", "Nextcloud Social"), Map.entry("piefed", "PieFed"));

	/** How programs spell their own names, where that is not just a capital first letter. */
	private static final Map<String, String> DISPLAY_NAMES = Map.ofEntries(Map.entry("gotosocial", "GoToSocial"),
			Map.entry("iceshrimp", "Iceshrimp.NET"), Map.entry("iceshrimp.net", "Iceshrimp.NET"),
			Map.entry("peertube", "PeerTube"), Map.entry("writefreely", "WriteFreely"),
			Map.entry("bookwyrm", "BookWyrm"), Map.entry("piefed", "PieFed"));

	private KnownSoftware() {
	}

	/** The program's name as people write it, e.g. {@code GoToSocial}. */
	static String displayName(String software) {
		if (software == null || software.isEmpty()) {
			return software;
		}
		String known = DISPLAY_NAMES.get(software.toLowerCase(Locale.ROOT));
		return (known != null) ? known : Character.toUpperCase(software.charAt(0)) + software.substring(1);
	}

	/**
	 * Programs without the Mastodon API that make tokens themselves, by the page that says
	 * how: Misskey and its forks have Settings → API → "Generate access token"
	 * (misskey-dev/misskey, packages/frontend/src/pages/settings/api.vue); Lemmy hands out a
	 * login token from {@code POST /api/v3/user/login} (join-lemmy.org docs, "Authentication");
	 * PeerTube gives its local client and then a token for a user's password
	 * ({@code /api/v1/oauth-clients/local}, {@code /api/v1/users/token}; docs.joinpeertube.org,
	 * REST API "Authentication").
	 */
	private static final Map<String, String> OWN_TOKEN_PAGES = Map.of("misskey", "misskey", "firefish", "misskey",
			"cherrypick", "misskey", "foundkey", "misskey", "catodon", "misskey", "lemmy", "lemmy", "peertube",
			"peertube");

	/** Which of the own-token explanations fits a program without the Mastodon API, or null. */
	static String ownTokenPage(String software) {
		return (software != null) ? OWN_TOKEN_PAGES.get(software.toLowerCase(Locale.ROOT)) : null;
	}

	/** The display name of a program without the Mastodon API, or null. */
	static String withoutMastodonApi(String software) {
		return (software != null) ? WITHOUT_MASTODON_API.get(software.toLowerCase(Locale.ROOT)) : null;
	}

	/**
	 * Scopes to offer when the server published no OAuth metadata, per program. Sources, as
	 * cited in the test fake's {@code ServerMode}:
	 * <ul>
	 * <li>Mastodon before 4.3: no {@code profile} (mastodon/documentation
	 * content/en/api/oauth-scopes.md, "Version history": profile added in 4.3.0);</li>
	 * <li>GoToSocial: {@code profile} but no {@code follow}
	 * (superseriousbusiness/gotosocial internal/api/util/scopes.go);</li>
	 * <li>Iceshrimp.NET: the classic groups and granular scopes, no {@code profile}
	 * (kaido2ki/Iceshrimp.NET Iceshrimp.Backend/Core/Helpers/MastodonOauthHelpers.cs);</li>
	 * <li>Sharkey: its Mastodon layer maps only read, write, follow and push and silently drops
	 * the rest (not verified in source);</li>
	 * <li>Pleroma, Akkoma, Friendica, Pixelfed: the classic Mastodon 3.x list.</li>
	 * </ul>
	 */
	static Set<String> scopesWithoutMetadata(String software) {
		Set<String> scopes = new TreeSet<>(CLASSIC_SCOPES);
		String name = (software != null) ? software.toLowerCase(Locale.ROOT) : "";
		switch (name) {
			case "gotosocial" -> {
				scopes.remove("follow");
				scopes.add("profile");
			}
			case "sharkey" -> scopes.retainAll(BROAD_SCOPES);
			default -> {
			}
		}
		return scopes;
	}

	/**
	 * The scopes every token gets on programs that ignore what was asked, or an empty set:
	 * Pixelfed (Laravel Passport: every token "read write follow push") and Sharkey (its
	 * Mastodon layer grants the four broad scopes). Not verified in source; see the test
	 * fake's {@code ServerMode.PIXELFED} and {@code ServerMode.SHARKEY}.
	 */
	static Set<String> alwaysGranted(String software) {
		String name = (software != null) ? software.toLowerCase(Locale.ROOT) : "";
		return switch (name) {
			case "pixelfed", "sharkey" -> BROAD_SCOPES;
			default -> Set.of();
		};
	}

}
