package org.tootkey.group;

import java.time.Instant;

import org.tootkey.mastodon.RegisteredApp;
import org.tootkey.server.ServerProfile;

/**
 * What a class link carries: the server (as the organizer saw it), the one app registered
 * there, and when the link stops working.
 *
 * @param server where the participants' bots live
 * @param app the class app: client id and secret, name, redirect URI, scopes
 * @param expiresAt when the link stops working
 */
record ClassLink(ServerProfile server, RegisteredApp app, Instant expiresAt) {

	@Override
	public String toString() {
		return "ClassLink[" + this.server.displayDomain() + ", " + this.app + ", " + this.expiresAt + "]";
	}

}
