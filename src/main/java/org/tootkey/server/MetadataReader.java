package org.tootkey.server;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.tootkey.server.ServerProfile.Capabilities;

/**
 * A server's OAuth side from its authorization-server metadata (RFC 8414): endpoints,
 * which must all be on the server itself, the scopes it names (bounded), PKCE and
 * {@code iss} support, and an issuer that must be this server's own origin; the usual
 * Mastodon endpoints when there is no metadata.
 */
final class MetadataReader {

	/**
	 * Scopes kept from the metadata: Mastodon names about 40; anything past this is
	 * noise.
	 */
	static final int MAX_SCOPES = 100;

	private static final Pattern SCOPE = Pattern.compile("[a-z][a-z0-9:._-]{0,63}");

	private MetadataReader() {
	}

	static Capabilities capabilities(ServerAddress server, Fetched metadata, String software) {
		URI base = server.baseUri();
		JsonNode meta = metadata.jsonObject()
			.filter((node) -> node.hasNonNull("authorization_endpoint") && node.hasNonNull("token_endpoint"))
			.orElse(null);
		if (meta == null) {
			return new Capabilities(base.resolve("/oauth/authorize"), base.resolve("/oauth/token"),
					base.resolve("/oauth/revoke"), null, KnownSoftware.scopesWithoutMetadata(software), false, false,
					false);
		}
		URI authorize = onServer(server, meta.path("authorization_endpoint").asString(""));
		URI token = onServer(server, meta.path("token_endpoint").asString(""));
		URI revoke = meta.hasNonNull("revocation_endpoint")
				? onServer(server, meta.path("revocation_endpoint").asString("")) : base.resolve("/oauth/revoke");
		Set<String> scopes = new LinkedHashSet<>();
		for (String scope : JsonFields.texts(meta.path("scopes_supported"), "")) {
			if (scopes.size() < MAX_SCOPES && SCOPE.matcher(scope).matches()) {
				scopes.add(scope);
			}
		}
		if (scopes.isEmpty()) {
			scopes.addAll(KnownSoftware.scopesWithoutMetadata(software));
		}
		boolean pkce = JsonFields.texts(meta.path("code_challenge_methods_supported"), "").contains("S256");
		boolean iss = meta.path("authorization_response_iss_parameter_supported").asBoolean(false);
		String issuer = JsonFields.text(meta.path("issuer"));
		// RFC 8414 §3.3: the issuer must be the one whose well-known address we asked,
		// i.e. this
		// origin (Mastodon writes it with a trailing slash). Another issuer means the
		// document
		// speaks for someone else: the mix-up attack starts this way.
		if (issuer != null && !isOrigin(server, issuer)) {
			throw new DiscoveryException("server.error.endpoint-elsewhere", server.displayHost());
		}
		return new Capabilities(authorize, token, revoke, issuer, Set.copyOf(scopes), pkce, iss, true);
	}

	/**
	 * Whether an issuer names exactly this server's origin (a single trailing slash
	 * allowed).
	 */
	static boolean isOrigin(ServerAddress server, String issuer) {
		return ServerProfile.sameIssuer(server.baseUri().toString(), issuer);
	}

	/**
	 * An endpoint named by the server must be on the server itself (defence against
	 * mix-up).
	 */
	private static URI onServer(ServerAddress server, String value) {
		try {
			if (value.length() > ServerText.MAX_URI) {
				throw new IllegalArgumentException("too long");
			}
			URI uri = URI.create(value);
			if (server.owns(uri) && uri.getRawUserInfo() == null) {
				return uri;
			}
		}
		catch (IllegalArgumentException ex) {
			// fall through
		}
		throw new DiscoveryException("server.error.endpoint-elsewhere", server.displayHost());
	}

}
