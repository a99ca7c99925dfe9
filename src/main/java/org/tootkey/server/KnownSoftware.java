package org.tootkey.server;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What we know of server programs without asking them: which offer the Mastodon client
 * API, which scopes they accept when they publish no OAuth metadata, and how their own
 * pages behave for a person ({@link #habits(String)}: the login, the consent buttons, and
 * where to see and revoke authorized apps). Public so every road (the wizard, "check a
 * key") reads the same facts. Sources are cited per program in {@code docs/servers.md}.
 */
public final class KnownSoftware {

	/**
	 * How a program's own pages look to the person authorizing an app, and where they
	 * take a key back.
	 *
	 * @param program the program's name as people write it
	 * @param loginByEmail whether its login asks for the e-mail address (else the
	 * username)
	 * @param approveButton the label of its approve button, in English, as the program
	 * shows it
	 * @param accountChooser whether its consent page offers each account logged in in the
	 * browser, to pick one
	 * @param denyButton whether its consent page has a button to say no
	 * @param revokePath the path of its own page listing the authorized apps or tokens,
	 * with a way to revoke them; {@code null} when it has none (or none we could verify
	 * in its source): then the person is told to look in the account's settings
	 */
	public record Habits(String program, boolean loginByEmail, String approveButton, boolean accountChooser,
			boolean denyButton, String revokePath) {

		/** The page to revoke apps on this server, or {@code null}. */
		public java.net.URI revokePage(java.net.URI serverBase) {
			return (this.revokePath != null) ? serverBase.resolve(this.revokePath) : null;
		}

	}

	/**
	 * Per program, by NodeInfo name. Citations (repository, file, line) are in
	 * docs/servers.md.
	 */
	private static final Map<String, Habits> HABITS = Map.ofEntries(
			Map.entry("mastodon",
					new Habits("Mastodon", true, "Authorize", false, true, "/oauth/authorized_applications")),
			Map.entry("gotosocial", new Habits("GoToSocial", true, "Allow", false, false, "/settings/user/tokens")),
			Map.entry("iceshrimp", new Habits("Iceshrimp.NET", false, "Submit", true, false, null)),
			Map.entry("iceshrimp.net", new Habits("Iceshrimp.NET", false, "Submit", true, false, null)),
			Map.entry("pixelfed", new Habits("Pixelfed", true, "Authorize", false, true, "/settings/applications")),
			Map.entry("friendica", new Habits("Friendica", false, "Yes", false, true, "/settings/oauth")),
			Map.entry("hollo", new Habits("Hollo", true, "Allow", true, true, "/auth")),
			Map.entry("pleroma", new Habits("Pleroma", false, "Approve", false, true, null)),
			Map.entry("akkoma", new Habits("Akkoma", false, "Approve", false, true, null)),
			Map.entry("sharkey", new Habits("Sharkey", false, "Accept", false, true, "/settings/apps")),
			Map.entry("snac", new Habits("snac", false, "OK", false, false, null)));

	/** A program's habits, or empty for a program we know nothing about. */
	public static java.util.Optional<Habits> habits(String software) {
		return java.util.Optional.ofNullable((software != null) ? HABITS.get(software.toLowerCase(Locale.ROOT)) : null);
	}

	/** Scopes every Mastodon-compatible server has accepted since Mastodon 3.x. */
	static final Set<String> CLASSIC_SCOPES = Set.of("read", "write", "follow", "push", "read:accounts", "read:blocks",
			"read:bookmarks", "read:favourites", "read:filters", "read:follows", "read:lists", "read:mutes",
			"read:notifications", "read:search", "read:statuses", "write:accounts", "write:blocks", "write:bookmarks",
			"write:conversations", "write:favourites", "write:filters", "write:follows", "write:lists", "write:media",
			"write:mutes", "write:notifications", "write:reports", "write:statuses");

	/** The four scopes that cover everything an account can do. */
	static final Set<String> BROAD_SCOPES = Set.of("read", "write", "follow", "push");

	/**
	 * Programs that do not offer the Mastodon client API, by their NodeInfo name, with
	 * the name people know them by.
	 */
	private static final Map<String, String> WITHOUT_MASTODON_API = Map.ofEntries(Map.entry("misskey", "Misskey"),
			Map.entry("firefish", "Firefish"), Map.entry("cherrypick", "CherryPick"), Map.entry("foundkey", "FoundKey"),
			Map.entry("catodon", "Catodon"), Map.entry("lemmy", "Lemmy"), Map.entry("peertube", "PeerTube"),
			Map.entry("mbin", "Mbin"), Map.entry("kbin", "kbin"), Map.entry("writefreely", "WriteFreely"),
			Map.entry("bookwyrm", "BookWyrm"), Map.entry("lotide", "lotide"), Map.entry("funkwhale", "Funkwhale"),
			Map.entry("wordpress", "WordPress"), Map.entry("ghost", "Ghost"), Map.entry("bluesky", "Bluesky"),
			Map.entry("owncast", "Owncast"), Map.entry("plume", "Plume"), Map.entry("hubzilla", "Hubzilla"),
			Map.entry("diaspora", "diaspora*"), Map.entry("nextcloud social", "Nextcloud Social"),
			Map.entry("piefed", "PieFed"));

	/**
	 * How programs spell their own names, where that is not just a capital first letter.
	 */
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
	 * Programs without the Mastodon API that make tokens themselves, by the page that
	 * says how: Misskey and its forks have Settings → API → "Generate access token"
	 * (misskey-dev/misskey, packages/frontend/src/pages/settings/api.vue); Lemmy hands
	 * out a login token from {@code POST /api/v3/user/login} (join-lemmy.org docs,
	 * "Authentication"); PeerTube gives its local client and then a token for a user's
	 * password ({@code /api/v1/oauth-clients/local}, {@code /api/v1/users/token};
	 * docs.joinpeertube.org, REST API "Authentication").
	 */
	private static final Map<String, String> OWN_TOKEN_PAGES = Map.of("misskey", "misskey", "firefish", "misskey",
			"cherrypick", "misskey", "foundkey", "misskey", "catodon", "misskey", "lemmy", "lemmy", "peertube",
			"peertube");

	/**
	 * Which of the own-token explanations fits a program without the Mastodon API, or
	 * null.
	 */
	static String ownTokenPage(String software) {
		return (software != null) ? OWN_TOKEN_PAGES.get(software.toLowerCase(Locale.ROOT)) : null;
	}

	/** The display name of a program without the Mastodon API, or null. */
	static String withoutMastodonApi(String software) {
		return (software != null) ? WITHOUT_MASTODON_API.get(software.toLowerCase(Locale.ROOT)) : null;
	}

	/**
	 * Scopes to offer when the server published no OAuth metadata, per program. Sources,
	 * as cited in the test fake's {@code ServerMode}:
	 * <ul>
	 * <li>Mastodon before 4.3: no {@code profile} (mastodon/documentation
	 * content/en/api/oauth-scopes.md, "Version history": profile added in 4.3.0);</li>
	 * <li>GoToSocial: {@code profile} but no {@code follow}
	 * (superseriousbusiness/gotosocial internal/api/util/scopes.go);</li>
	 * <li>Iceshrimp.NET: the classic groups and granular scopes, no {@code profile}
	 * (kaido2ki/Iceshrimp.NET
	 * Iceshrimp.Backend/Core/Helpers/MastodonOauthHelpers.cs);</li>
	 * <li>Sharkey: its Mastodon layer maps only read, write, follow and push and silently
	 * drops the rest (not verified in source);</li>
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
	 * The scopes every token gets on programs that ignore what was asked, or an empty
	 * set: Pixelfed (Laravel Passport: every token "read write follow push") and Sharkey
	 * (its Mastodon layer grants the four broad scopes). Not verified in source; see the
	 * test fake's {@code ServerMode.PIXELFED} and {@code ServerMode.SHARKEY}.
	 */
	static Set<String> alwaysGranted(String software) {
		String name = (software != null) ? software.toLowerCase(Locale.ROOT) : "";
		return switch (name) {
			case "pixelfed", "sharkey" -> BROAD_SCOPES;
			default -> Set.of();
		};
	}

}
