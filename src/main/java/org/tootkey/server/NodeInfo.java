package org.tootkey.server;

import java.net.URI;

import tools.jackson.databind.JsonNode;

import org.tootkey.outbound.OutboundClient;
import org.tootkey.outbound.OutboundException;

/**
 * The software name and version a server reports through NodeInfo 2.0/2.1
 * ({@code /.well-known/nodeinfo}, then the linked document on the same host).
 *
 * @param software the lower-case program name, or null
 * @param version its version, or null
 * @param activeMonth people active in the last month, or null
 * @param openRegistrations whether sign-ups are open, or null
 */
record NodeInfo(String software, String version, Long activeMonth, Boolean openRegistrations) {

	static final NodeInfo NONE = new NodeInfo(null, null, null, null);

	static NodeInfo fetch(OutboundClient client, ServerAddress server) {
		URI base = server.baseUri();
		try {
			JsonNode links = client.get(base.resolve("/.well-known/nodeinfo")).json().orElse(null);
			if (links == null) {
				return NONE;
			}
			URI document = null;
			JsonNode all = links.path("links");
			for (int i = 0; i < Math.min(all.size(), 20); i++) {
				JsonNode link = all.get(i);
				String rel = link.path("rel").asString("");
				if (rel.startsWith("http://nodeinfo.diaspora.software/ns/schema/2.")) {
					document = onServer(server, link.path("href").asString(""));
				}
			}
			if (document == null) {
				return NONE;
			}
			JsonNode info = client.get(document).json().orElse(null);
			if (info == null || !info.isObject()) {
				return NONE;
			}
			JsonNode software = info.path("software");
			JsonNode usage = info.path("usage").path("users");
			return new NodeInfo(ServerText.cleanOrNull(JsonFields.text(software.path("name")), ServerText.MAX_TOKEN),
					ServerText.cleanOrNull(JsonFields.text(software.path("version")), ServerText.MAX_TOKEN),
					usage.path("activeMonth").isNumber() ? usage.path("activeMonth").asLong() : null,
					info.path("openRegistrations").isBoolean() ? info.path("openRegistrations").asBoolean() : null);
		}
		catch (OutboundException ex) {
			return NONE;
		}
	}

	/**
	 * The document on the server's own origin (whatever scheme the link names), or null.
	 */
	private static URI onServer(ServerAddress server, String href) {
		try {
			URI base = server.baseUri();
			URI uri = base.resolve(href);
			boolean same = uri.getRawAuthority() != null
					&& server.owns(base.resolve("//" + uri.getRawAuthority() + "/"));
			return same ? URI.create(base + uri.getRawPath()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
