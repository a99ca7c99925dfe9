package org.tootkey.group;

import java.net.URI;

import org.tootkey.server.KnownSoftware;
import org.tootkey.server.ServerProfile;

/**
 * Where a participant takes their own key back, and what becomes of the class app later,
 * per server program.
 */
final class RevokePages {

	private RevokePages() {
	}

	/**
	 * The page where people see and revoke the apps they allowed, as the server program
	 * has it ({@link KnownSoftware.Habits#revokePage}; Mastodon's
	 * {@code /oauth/authorized_applications} when the program is not known), or null
	 * where the program has no such page of its own (the pages then name the settings
	 * section in words).
	 */
	static URI forSoftware(ServerProfile server) {
		if (server.software() == null) {
			return server.baseUri().resolve("/oauth/authorized_applications");
		}
		return KnownSoftware.habits(server.software())
			.map((habits) -> habits.revokePage(server.baseUri()))
			.orElse(null);
	}

	/**
	 * The message key saying what the organizer can do about the app afterwards.
	 * Mastodon: an app registered through {@code POST /api/v1/apps} has no owner, so no
	 * one can edit or delete it from the web; once no token, grant or user refers to it
	 * any more, Mastodon deletes it by itself after a day
	 * (app/lib/vacuum/applications_vacuum.rb:
	 * {@code where(owner_id: nil).where.missing(:created_users, :access_tokens,
	 * :access_grants).where(created_at: ...1.day.ago)}).
	 */
	static String afterwardsKey(ServerProfile server) {
		return isMastodon(server) ? "group.link.after.mastodon" : "group.link.after.other";
	}

	private static boolean isMastodon(ServerProfile server) {
		return server.software() == null || "mastodon".equalsIgnoreCase(server.software());
	}

}
