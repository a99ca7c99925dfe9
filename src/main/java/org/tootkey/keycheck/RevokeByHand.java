package org.tootkey.keycheck;

import java.net.URI;

import org.tootkey.server.KnownSoftware;
import org.tootkey.server.ServerProfile;

/**
 * Where a person can revoke a key on the server itself, when they don't have the app's
 * client ID and secret: the program's own page of authorized apps or tokens from the
 * shared lookup ({@link KnownSoftware#habits}, sources in docs/servers.md), and on
 * Mastodon also the Development page for keys made by hand (mastodon/mastodon
 * config/routes.rb: {@code resources :applications} under {@code namespace :settings}). A
 * program without a known page gets a pointer to its settings.
 *
 * @param messageKey the instructions ({@code check.by-hand.<kind>})
 * @param authorizedApps the page listing the apps allowed to use the account, or the
 * server's address when the program has none we know
 * @param ownApps the page of apps the person made themselves, or null
 */
record RevokeByHand(String messageKey, URI authorizedApps, URI ownApps) {

	static RevokeByHand on(ServerProfile server) {
		URI base = server.baseUri();
		URI page = KnownSoftware.habits(server.software()).map((habits) -> habits.revokePage(base)).orElse(null);
		if ("mastodon".equalsIgnoreCase(server.software()) && page != null) {
			return new RevokeByHand("check.by-hand.mastodon", page, base.resolve("/settings/applications"));
		}
		return (page != null) ? new RevokeByHand("check.by-hand.page", page, null)
				: new RevokeByHand("check.by-hand.other", base, null);
	}

}
