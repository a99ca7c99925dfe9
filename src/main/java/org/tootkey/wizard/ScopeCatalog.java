package org.tootkey.wizard;

import java.util.ArrayList;
import java.util.List;

import org.tootkey.server.ServerProfile.Capabilities;

/**
 * The granular scopes a person can choose one by one, in groups, each with a one-line
 * description ({@code scope.<name>} in the messages). Only scopes the server accepts are
 * offered.
 */
final class ScopeCatalog {

	/**
	 * A group of scopes.
	 *
	 * @param key the group's message key
	 * @param scopes the scopes in it
	 */
	record Group(String key, List<String> scopes) {

	}

	static final List<Group> GROUPS = List.of(
			new Group("scope.group.posting",
					List.of("write:statuses", "write:media", "write:conversations")),
			new Group("scope.group.reading",
					List.of("profile", "read:accounts", "read:statuses", "read:notifications", "read:search",
							"read:lists", "read:favourites", "read:bookmarks", "read:follows", "read:filters",
							"read:blocks", "read:mutes")),
			new Group("scope.group.acting",
					List.of("write:favourites", "write:bookmarks", "write:follows", "write:lists",
							"write:notifications", "write:accounts", "write:filters", "write:blocks", "write:mutes",
							"write:reports")),
			new Group("scope.group.broad", List.of("read", "write", "follow", "push")));

	private ScopeCatalog() {
	}

	/** The groups, limited to what the server accepts; empty groups are left out. */
	static List<Group> offeredOn(Capabilities capabilities) {
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
	static boolean offered(String scope, Capabilities capabilities) {
		return capabilities.supports(scope) && GROUPS.stream().anyMatch((g) -> g.scopes().contains(scope));
	}

}
