package org.tootkey.group;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.tootkey.mastodon.RegisteredApp;
import org.tootkey.server.ServerAddress;
import org.tootkey.server.ServerProfile;
import org.tootkey.server.ServerProfile.Capabilities;

/**
 * Class links made outside the app, for tests in other packages: under a given key (the
 * one the app under test was started with, or another), sealed at a chosen moment.
 */
public final class TestClassLinks {

	private TestClassLinks() {
	}

	/**
	 * A link for an app on {@code serverBaseUrl} (a Mastodon with the usual OAuth
	 * addresses), sealed under {@code base64Key} (null: a random key) at
	 * {@code sealedAt}, working until {@code expiresAt}; the path part only
	 * ({@code /join/…}).
	 */
	public static String joinPath(String base64Key, String serverBaseUrl, String tootkeyBase, Instant sealedAt,
			Instant expiresAt) {
		ServerAddress address = ServerAddress.parse(serverBaseUrl, true);
		URI base = address.baseUri();
		ServerProfile server = new ServerProfile(address, "Fake Social", "", null, "mastodon", "4.5.0",
				ServerProfile.Registrations.OPEN, null, List.of(),
				new Capabilities(base.resolve("/oauth/authorize"), base.resolve("/oauth/token"),
						base.resolve("/oauth/revoke"), base + "/", Set.of("profile", "write:statuses"), true, false,
						true));
		RegisteredApp app = new RegisteredApp("not-registered-anywhere", "no-secret", "Class bot",
				tootkeyBase + "/callback", new LinkedHashSet<>(List.of("profile", "write:statuses")));
		LinkSealer sealer = new LinkSealer(LinkSealer.key(base64Key), true, Clock.fixed(sealedAt, ZoneOffset.UTC));
		return JoinController.PATH + sealer.seal(new ClassLink(server, app, expiresAt), app.redirectUri());
	}

}
