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

	/**
	 * Programs that do not offer the Mastodon client API, by their NodeInfo name, with the
	 * name people know them by.
	 */
	private static final Map<String, String> WITHOUT_MASTODON_API = Map.ofEntries(Map.entry("misskey", "Misskey"),
			Map.entry("lemmy", "Lemmy"), Map.entry("peertube", "PeerTube"), Map.entry("mbin", "Mbin"),
			Map.entry("kbin", "kbin"), Map.entry("writefreely", "WriteFreely"), Map.entry("bookwyrm", "BookWyrm"),
			Map.entry("lotide", "lotide"), Map.entry("funkwhale", "Funkwhale"), Map.entry("wordpress", "WordPress"),
			Map.entry("ghost", "Ghost"), Map.entry("bluesky", "Bluesky"), Map.entry("owncast", "Owncast"),
			Map.entry("plume", "Plume"), Map.entry("hubzilla", "Hubzilla"), Map.entry("diaspora", "diaspora*"),
			Map.entry("nextcloud social", "Nextcloud Social"), Map.entry("piefed", "PieFed"));

	private KnownSoftware() {
	}

	/** The display name of a program without the Mastodon API, or null. */
	static String withoutMastodonApi(String software) {
		return (software != null) ? WITHOUT_MASTODON_API.get(software.toLowerCase(Locale.ROOT)) : null;
	}

	/** Scopes to offer when the server published no OAuth metadata. */
	static Set<String> scopesWithoutMetadata(String software) {
		Set<String> scopes = new TreeSet<>(CLASSIC_SCOPES);
		String name = (software != null) ? software.toLowerCase(Locale.ROOT) : "";
		if (name.equals("gotosocial")) {
			// GoToSocial has no "follow" scope: internal/oauth/scopes.go (superseriousbusiness/gotosocial)
			scopes.remove("follow");
		}
		return scopes;
	}

}
