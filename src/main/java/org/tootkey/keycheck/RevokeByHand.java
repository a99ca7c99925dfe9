package org.tootkey.keycheck;

import java.net.URI;
import java.util.Locale;

import org.tootkey.server.ServerProfile;

/**
 * Where a person can revoke a key on the server itself, when they don't have the app's client ID
 * and secret. Only Mastodon's pages are named exactly (mastodon/mastodon config/routes.rb:
 * Doorkeeper's {@code authorized_applications} at {@code /oauth/authorized_applications}, and the
 * Development page {@code resources :applications} under {@code namespace :settings}); other
 * programs get a pointer to their settings. A minimal lookup until the per-program pages of
 * "Real servers as they really behave" land in {@code server/}.
 *
 * @param messageKey the instructions ({@code check.by-hand.<program>})
 * @param authorizedApps the page listing the apps allowed to use the account, or null
 * @param ownApps the page of apps the person made themselves, or null
 */
record RevokeByHand(String messageKey, URI authorizedApps, URI ownApps) {

	static RevokeByHand on(ServerProfile server) {
		String software = (server.software() != null) ? server.software().toLowerCase(Locale.ROOT) : "";
		URI base = server.baseUri();
		if (software.equals("mastodon")) {
			return new RevokeByHand("check.by-hand.mastodon", base.resolve("/oauth/authorized_applications"),
					base.resolve("/settings/applications"));
		}
		return new RevokeByHand("check.by-hand.other", base, null);
	}

}
