package org.tootkey.wizard;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.tootkey.mastodon.ScopeCatalog;
import org.tootkey.server.ServerProfile.Capabilities;

/**
 * The rules of OAuth scopes in one place: which scope covers which, which to ask for on a
 * given server, the scope that lets us check the token, and what was effectively granted.
 */
final class Scopes {

	private Scopes() {
	}

	/**
	 * Whether the granted scopes include a scope, directly or through its parent; the
	 * rule is the catalogue's ({@link ScopeCatalog#covers}), which "Check a key" uses
	 * too.
	 */
	static boolean covers(Set<String> granted, String scope) {
		return ScopeCatalog.covers(granted, scope);
	}

	/**
	 * The scopes asked for that the server did not grant, sorted; empty when all were.
	 */
	static List<String> missing(Set<String> requested, Set<String> granted) {
		return requested.stream().filter((scope) -> !covers(granted, scope)).sorted().toList();
	}

	/**
	 * The scope to ask for on this server: the scope itself, or its parent ({@code write}
	 * for {@code write:statuses}) on servers that only know the broad scopes; null if
	 * neither.
	 */
	static String onServer(String scope, Capabilities capabilities) {
		if (capabilities.supports(scope)) {
			return scope;
		}
		int colon = scope.indexOf(':');
		String parent = (colon > 0) ? scope.substring(0, colon) : null;
		return (parent != null && capabilities.supports(parent)) ? parent : null;
	}

	/** Adds the scope that lets us check the token, when nothing chosen covers it. */
	static Set<String> withVerification(Iterable<String> chosen, Capabilities capabilities) {
		Set<String> result = new LinkedHashSet<>();
		chosen.forEach(result::add);
		boolean covered = result.contains("read") || result.contains("read:accounts") || result.contains("profile");
		if (!covered) {
			result.add(verificationScope(capabilities));
		}
		return result;
	}

	/**
	 * {@code profile} where the server has it, else {@code read:accounts}, else
	 * {@code read}.
	 */
	static String verificationScope(Capabilities capabilities) {
		if (capabilities.hasProfileScope()) {
			return "profile";
		}
		return capabilities.supports("read:accounts") || !capabilities.supports("read") ? "read:accounts" : "read";
	}

	/**
	 * Effective scopes: what the server is known to grant whatever was asked (Pixelfed,
	 * Sharkey), else what it says it granted, else what we asked for.
	 * @param alwaysGranted what the server grants whatever is asked, may be empty
	 * @param reported what the token response said, null without a token, may be empty
	 * @param requested what we asked for
	 */
	static Set<String> granted(Set<String> alwaysGranted, Set<String> reported, Set<String> requested) {
		if (!alwaysGranted.isEmpty() && reported != null) {
			return alwaysGranted;
		}
		return (reported != null && !reported.isEmpty()) ? reported : requested;
	}

}
