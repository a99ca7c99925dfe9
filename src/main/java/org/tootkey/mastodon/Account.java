package org.tootkey.mastodon;

import java.io.Serializable;
import java.net.URI;

import org.tootkey.server.ServerProfile;

/**
 * The account a token acts for, from {@code verify_credentials}.
 *
 * @param id the account id on its server
 * @param username the local user name, e.g. {@code bot}
 * @param displayName the name shown on the profile (plain text, may be empty)
 * @param avatar the avatar picture (https, or the server's own origin), or null
 * @param profileUrl the account's page, or null
 * @param bot whether the account is marked as automated
 */
public record Account(String id, String username, String displayName, URI avatar, URI profileUrl,
		boolean bot) implements Serializable {

	/** The account's full handle on its server, e.g. {@code @bot@example.social}. */
	public String handleOn(ServerProfile server) {
		return "@" + this.username + "@" + server.handleDomain();
	}

}
