package org.tootkey.wizard;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tootkey.mastodon.ScopeCatalog;
import org.tootkey.server.ServerProfile.Capabilities;

/**
 * One box of the permissions page's "choose myself" list: the scope, the box's id and its
 * label's message key, worked out once per scope instead of on every page (issue 16: the
 * template built 2 ids and a key with string functions for each of up to 29 boxes, on
 * every render of the journey's most expensive page).
 *
 * @param value the scope, e.g. {@code write:statuses}
 * @param id the checkbox's id, e.g. {@code scope-write-statuses}
 * @param labelKey the message key of its label
 */
record ScopeChoice(String value, String id, String labelKey) {

	private static final Map<String, ScopeChoice> ALL = ScopeCatalog.GROUPS.stream()
		.flatMap((group) -> group.scopes().stream())
		.distinct()
		.collect(Collectors.toUnmodifiableMap(Function.identity(),
				(scope) -> new ScopeChoice(scope, "scope-" + scope.replace(':', '-'), "scope." + scope)));

	/**
	 * A group of boxes under its title.
	 *
	 * @param key the group title's message key
	 * @param choices its boxes
	 */
	record Group(String key, List<ScopeChoice> choices) {

	}

	/** The catalogue's groups as boxes, limited to what the server accepts. */
	static List<Group> offeredOn(Capabilities capabilities) {
		return ScopeCatalog.offeredOn(capabilities)
			.stream()
			.map((group) -> new Group(group.key(), group.scopes().stream().map(ALL::get).toList()))
			.toList();
	}

}
