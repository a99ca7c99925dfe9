package org.tootkey.fake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** OAuth scope lists per server program, parsing, and the Mastodon scope hierarchy. */
final class ServerScopes {

	private ServerScopes() {
	}

	private static final List<String> READ_GRANULAR = List.of("read:accounts", "read:blocks", "read:bookmarks",
			"read:favourites", "read:filters", "read:follows", "read:lists", "read:mutes", "read:notifications",
			"read:search", "read:statuses");

	private static final List<String> WRITE_GRANULAR = List.of("write:accounts", "write:blocks", "write:bookmarks",
			"write:conversations", "write:favourites", "write:filters", "write:follows", "write:lists", "write:media",
			"write:mutes", "write:notifications", "write:reports", "write:statuses");

	private static final List<String> ADMIN_OLD = List.of("admin:read", "admin:read:accounts", "admin:read:reports",
			"admin:write", "admin:write:accounts", "admin:write:reports");

	private static final List<String> ADMIN_4_1 = List.of("admin:read:domain_allows", "admin:read:domain_blocks",
			"admin:read:ip_blocks", "admin:read:email_domain_blocks", "admin:read:canonical_email_blocks",
			"admin:write:domain_allows", "admin:write:domain_blocks", "admin:write:ip_blocks",
			"admin:write:email_domain_blocks", "admin:write:canonical_email_blocks");

	/**
	 * {@code follow} is deprecated but still grants these (mastodon/documentation
	 * content/en/api/oauth-scopes.md, granular scopes table).
	 */
	static final List<String> FOLLOW_COVERS = List.of("read:follows", "write:follows", "read:blocks", "write:blocks",
			"read:mutes", "write:mutes");

	/**
	 * Mastodon 4.3+ (so 4.5): Doorkeeper's default scope {@code read} plus the optional
	 * scopes, in the order of the example in the metadata document ("read", "profile",
	 * "write", "write:accounts", …). {@code profile} was added and {@code crypto} removed
	 * in 4.3.0 (mastodon/documentation content/en/api/oauth-scopes.md, "Version history"
	 * and "Removed scopes"); the list itself is config/initializers/doorkeeper.rb.
	 */
	static final List<String> MASTODON_4_5 = concat(List.of("read", "profile", "write"), WRITE_GRANULAR, READ_GRANULAR,
			List.of("follow", "push"), adminSorted(true));

	/**
	 * Mastodon 4.1–4.2: no {@code profile}, still {@code crypto} (3.2.0 to 4.3.0,
	 * oauth-scopes.md "Removed scopes").
	 */
	static final List<String> MASTODON_4_2 = concat(List.of("read", "write"), WRITE_GRANULAR, READ_GRANULAR,
			List.of("follow", "push"), adminSorted(true), List.of("crypto"));

	/**
	 * Mastodon 3.5: the admin block/allow scopes only came in 4.1.0 (oauth-scopes.md
	 * "Version history").
	 */
	static final List<String> MASTODON_3_5 = concat(List.of("read", "write"), WRITE_GRANULAR, READ_GRANULAR,
			List.of("follow", "push"), adminSorted(false), List.of("crypto"));

	/**
	 * GoToSocial: superseriousbusiness/gotosocial internal/api/util/scopes.go — top-level
	 * profile, push, read, write, admin, admin:read, admin:write and the granular scopes;
	 * there is no {@code follow}.
	 */
	static final List<String> GOTOSOCIAL = List.of("profile", "push", "read", "write", "admin", "admin:read",
			"admin:write", "read:accounts", "write:accounts", "read:applications", "write:applications", "read:blocks",
			"write:blocks", "read:bookmarks", "write:bookmarks", "write:conversations", "read:favourites",
			"write:favourites", "read:filters", "write:filters", "read:follows", "write:follows", "read:lists",
			"write:lists", "write:media", "read:mutes", "write:mutes", "read:notifications", "write:notifications",
			"write:reports", "read:search", "read:statuses", "write:statuses", "admin:read:accounts",
			"admin:write:accounts", "admin:read:reports", "admin:write:reports", "admin:read:domain_allows",
			"admin:write:domain_allows", "admin:read:domain_blocks", "admin:write:domain_blocks");

	/**
	 * Iceshrimp.NET: kaido2ki/Iceshrimp.NET
	 * Iceshrimp.Backend/Core/Helpers/MastodonOauthHelpers.cs {@code ValidateScopes}: the
	 * groups read, write, follow, push, admin plus the granular read/write scopes (with
	 * {@code write:bites}); no {@code profile}, no granular admin scopes, duplicates
	 * rejected.
	 */
	static final List<String> ICESHRIMP = concat(List.of("read", "write", "follow", "push", "admin"), READ_GRANULAR,
			WRITE_GRANULAR, List.of("write:bites"));

	/**
	 * Sharkey's Mastodon layer only maps these onto Misskey permissions; others are
	 * dropped (not verified in source).
	 */
	static final List<String> SHARKEY = List.of("read", "write", "follow", "push");

	/**
	 * Misskey's own OAuth 2 (2023.9+) uses Misskey permission names (not verified in
	 * source).
	 */
	static final List<String> MISSKEY_PERMISSIONS = List.of("read:account", "write:account", "read:blocks",
			"write:blocks", "read:drive", "write:drive", "read:favorites", "write:favorites", "read:following",
			"write:following", "read:mutes", "write:mutes", "write:notes", "read:notifications", "write:notifications",
			"read:reactions", "write:reactions", "write:votes");

	private static List<String> adminSorted(boolean with41) {
		List<String> read = new ArrayList<>();
		List<String> write = new ArrayList<>();
		Stream.concat(ADMIN_OLD.stream(), with41 ? ADMIN_4_1.stream() : Stream.empty())
			.forEach(s -> (s.startsWith("admin:read") ? read : write).add(s));
		return concat(read, write);
	}

	@SafeVarargs
	@SuppressWarnings("varargs")
	private static List<String> concat(List<String>... lists) {
		return Arrays.stream(lists).flatMap(List::stream).distinct().collect(Collectors.toUnmodifiableList());
	}

	/**
	 * Splits on whitespace (Doorkeeper's {@code ServerScopes.from_string}); keeps
	 * duplicates for servers that reject them.
	 */
	static List<String> parse(String scopes) {
		if (scopes == null || scopes.isBlank()) {
			return List.of();
		}
		return List.of(scopes.trim().split("\\s+"));
	}

	static String join(Collection<String> scopes) {
		return String.join(" ", scopes);
	}

	/**
	 * Whether a token with {@code granted} may do something that needs {@code wanted}:
	 * exact match, or a parent ({@code read} covers {@code read:*}, {@code admin:read}
	 * covers {@code admin:read:*}), or {@code follow} for the relationship scopes.
	 * {@code profile} covers nothing but itself.
	 */
	static boolean permits(Collection<String> granted, String wanted) {
		if (granted.contains(wanted)) {
			return true;
		}
		int colon = wanted.lastIndexOf(':');
		if (colon > 0 && granted.contains(wanted.substring(0, colon))) {
			return true;
		}
		if (wanted.startsWith("admin:") && granted.contains("admin")) {
			return true; // GoToSocial and Iceshrimp.NET know a bare "admin"
		}
		return granted.contains("follow") && FOLLOW_COVERS.contains(wanted);
	}

	static boolean permitsAny(Collection<String> granted, List<String> anyOf) {
		return anyOf.stream().anyMatch(w -> permits(granted, w));
	}

}
