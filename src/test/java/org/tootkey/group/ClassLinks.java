package org.tootkey.group;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.crypto.SecretKey;

import org.tootkey.mastodon.RegisteredApp;
import org.tootkey.server.ServerAddress;
import org.tootkey.server.ServerProfile;
import org.tootkey.server.ServerProfile.Capabilities;

/** Class links for tests: a Mastodon-like server, an app, sealers under chosen keys. */
final class ClassLinks {

	static final String CALLBACK = "https://tootkey.example/callback";

	static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	private ClassLinks() {
	}

	static ServerProfile server() {
		ServerAddress address = ServerAddress.parse("https://mastodon.social", false);
		URI base = address.baseUri();
		return new ServerProfile(address, "Example Social", "A description that is not sealed", null, "mastodon",
				"4.5.0", ServerProfile.Registrations.OPEN, 1234L, List.of("Be kind"),
				new Capabilities(base.resolve("/oauth/authorize"), base.resolve("/oauth/token"),
						base.resolve("/oauth/revoke"), base + "/", Set.of("profile", "write:statuses", "read"), true,
						true, true));
	}

	static RegisteredApp app() {
		return new RegisteredApp("Xf8JQk1oWQHrXKRQ6bWpoE5hGQYGzS1N2b0kS7e6rJw",
				"wA3oS2dJm9C8Q7w6fP3nE2yT8uB1kV5cR4zX0aL7hGs", "Class bot", CALLBACK,
				new LinkedHashSet<>(List.of("profile", "write:statuses", "write:media")));
	}

	static LinkSealer sealer(SecretKey key, Instant now) {
		return new LinkSealer(key, false, Clock.fixed(now, ZoneOffset.UTC));
	}

}
