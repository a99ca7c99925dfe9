package org.tootkey.mastodon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.tootkey.server.ServerProfile.Capabilities;

/**
 * The permissions (scopes) a key can carry, in groups, each with a one-line description
 * in plain words ({@code scope.<name>} in the messages), and what each one covers. The
 * permissions page offers them; the "Is this your bot?" and "Check a key" pages describe
 * granted keys with them.
 */
public final class ScopeCatalog {

	/**
	 * A group of scopes.
	 *
	 * @param key the group's message key
	 * @param scopes the scopes in it
	 */
	public record Group(String key, List<String> scopes) {

	}

	public static final List<Group> GROUPS = List.of(
			new Group("scope.group.posting", List.of("write:statuses", "write:media", "write:conversations")),
			new Group("scope.group.reading",
					List.of("profile", "read:accounts", "read:statuses", "read:notifications", "read:search",
							"read:lists", "read:favourites", "read:bookmarks", "read:follows", "read:filters",
							"read:blocks", "read:mutes")),
			new Group("scope.group.acting",
					List.of("write:favourites", "write:bookmarks", "write:follows", "write:lists",
							"write:notifications", "write:accounts", "write:filters", "write:blocks", "write:mutes",
							"write:reports")),
			new Group("scope.group.broad", List.of("read", "write", "follow", "push")));

	/**
	 * What the old {@code follow} scope still grants (mastodon/documentation
	 * content/en/api/oauth-scopes.md, granular scopes table).
	 */
	private static final Set<String> FOLLOW_COVERS = Set.of("read:follows", "write:follows", "read:blocks",
			"write:blocks", "read:mutes", "write:mutes");

	private ScopeCatalog() {
	}

	/** The groups, limited to what the server accepts; empty groups are left out. */
	public static List<Group> offeredOn(Capabilities capabilities) {
		List<Group> offered = new ArrayList<>();
		for (Group group : GROUPS) {
			List<String> scopes = group.scopes().stream().filter(capabilities::supports).toList();
			if (!scopes.isEmpty()) {
				offered.add(new Group(group.key(), scopes));
			}
		}
		return offered;
	}

	/** Whether a scope is one we offer and the server accepts. */
	public static boolean offered(String scope, Capabilities capabilities) {
		return capabilities.supports(scope) && GROUPS.stream().anyMatch((g) -> g.scopes().contains(scope));
	}

	/** Whether a scope has a plain-words description (one of the catalogue's). */
	public static boolean described(String scope) {
		return GROUPS.stream().anyMatch((g) -> g.scopes().contains(scope));
	}

	/**
	 * Whether the granted scopes include a scope, directly or through its parent
	 * ({@code read} and {@code read:accounts} also let the key see its own account, as
	 * {@code profile} does; {@code follow} covers the relationship scopes).
	 */
	public static boolean covers(Set<String> granted, String scope) {
		int colon = scope.indexOf(':');
		if (scope.equals("profile") && (granted.contains("read") || granted.contains("read:accounts"))) {
			return true;
		}
		if (granted.contains("follow") && FOLLOW_COVERS.contains(scope)) {
			return true;
		}
		return granted.contains(scope) || (colon > 0 && granted.contains(scope.substring(0, colon)));
	}

}
