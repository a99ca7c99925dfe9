package org.tootkey.server;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …?" for a server name that does not exist: a short built-in list of
 * well-known servers, and the one a typo away (at most two letters added, dropped,
 * changed or swapped) from what was typed.
 */
public final class NearMiss {

	static final List<String> WELL_KNOWN = List.of("mastodon.social", "mastodon.online", "mas.to", "fosstodon.org",
			"hachyderm.io", "infosec.exchange", "botsin.space", "mstdn.social", "mastodon.world", "troet.cafe",
			"social.vivaldi.net", "masto.ai", "pixelfed.social", "mastodon.art", "chaos.social", "mstdn.jp",
			"techhub.social", "universeodon.com", "mastodon.scot", "toot.community");

	private static final int MAX_EDITS = 2;

	private NearMiss() {
	}

	/**
	 * Whether the name is on the built-in list (the only names a suggestion link may
	 * refill).
	 */
	public static boolean isWellKnown(String name) {
		return name != null && WELL_KNOWN.contains(name);
	}

	/** The well-known server a typo away from {@code host}, if exactly one is nearest. */
	public static Optional<String> of(String host) {
		if (host == null || host.length() < 4 || host.length() > 64) {
			return Optional.empty();
		}
		String typed = host.toLowerCase(Locale.ROOT);
		String best = null;
		int bestDistance = MAX_EDITS + 1;
		boolean tie = false;
		for (String known : WELL_KNOWN) {
			int distance = distance(typed, known);
			if (distance == 0) {
				return Optional.empty();
			}
			if (distance < bestDistance) {
				best = known;
				bestDistance = distance;
				tie = false;
			}
			else if (distance == bestDistance) {
				tie = true;
			}
		}
		return (best != null && !tie) ? Optional.of(best) : Optional.empty();
	}

	/**
	 * Edits from one to the other: insertions, deletions, substitutions, adjacent swaps.
	 */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
