package org.tootkey.group;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.tootkey.mastodon.RegisteredApp;
import org.tootkey.server.InvalidServerAddressException;
import org.tootkey.server.ServerAddress;
import org.tootkey.server.ServerProfile;
import org.tootkey.server.ServerProfile.Capabilities;

/**
 * The bytes of a {@link ClassLink} before sealing: its server, endpoints (as paths, empty
 * when they are the usual ones) and app, each text length-prefixed, nothing that can be
 * worked out again on opening. Its expiry travels in the seal.
 */
final class LinkCodec {

	private static final int MAX_TITLE = 60;

	private static final String AUTHORIZE = "/oauth/authorize";

	private static final String TOKEN = "/oauth/token";

	private static final String REVOKE = "/oauth/revoke";

	private LinkCodec() {
	}

	private static void writeText(DataOutputStream out, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		int length = bytes.length;
		while (length >= 0x80) {
			out.writeByte((length & 0x7f) | 0x80);
			length >>>= 7;
		}
		out.writeByte(length);
		out.write(bytes);
	}

	private static String readText(DataInputStream in) throws IOException {
		int length = 0;
		for (int shift = 0;; shift += 7) {
			int b = in.readUnsignedByte();
			length |= (b & 0x7f) << shift;
			if ((b & 0x80) == 0) {
				break;
			}
			if (shift > 14) {
				throw new IOException("too long");
			}
		}
		if (length > in.available()) {
			throw new IOException("cut short");
		}
		return new String(in.readNBytes(length), StandardCharsets.UTF_8);
	}

	static byte[] encode(ClassLink link, String callback) {
		ServerProfile server = link.server();
		Capabilities capabilities = server.capabilities();
		String origin = server.baseUri().toString();
		RegisteredApp app = link.app();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(320);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			writeText(out, origin);
			writeText(out, cut(server.title(), MAX_TITLE));
			writeText(out, orEmpty(server.software()));
			writeText(out, cut(server.version(), MAX_TITLE));
			writeText(out, path(capabilities.authorizeEndpoint(), AUTHORIZE));
			writeText(out, path(capabilities.tokenEndpoint(), TOKEN));
			writeText(out, path(capabilities.revocationEndpoint(), REVOKE));
			String issuer = capabilities.issuer();
			writeText(out, (issuer == null) ? "" : issuer.equals(origin + "/") ? "/" : issuer);
			out.writeByte((capabilities.pkce() ? 1 : 0) | (capabilities.issAdvertised() ? 2 : 0)
					| (capabilities.fromMetadata() ? 4 : 0));
			writeText(out, app.clientId());
			writeText(out, app.clientSecret());
			writeText(out, app.name());
			writeText(out, app.redirectUri().equals(callback) ? "" : app.redirectUri());
			writeText(out, String.join(" ", app.scopes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static ClassLink decode(byte[] plain, Instant expiresAt, String callback, boolean allowLocalServers)
			throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain));
		String origin = readText(in);
		ServerAddress address;
		try {
			address = ServerAddress.parse(origin, allowLocalServers);
		}
		catch (InvalidServerAddressException ex) {
			throw new IOException("not a server");
		}
		URI base = address.baseUri();
		String title = readText(in);
		String software = readText(in);
		String version = readText(in);
		URI authorize = base.resolve(orDefault(readText(in), AUTHORIZE));
		URI token = base.resolve(orDefault(readText(in), TOKEN));
		URI revoke = base.resolve(orDefault(readText(in), REVOKE));
		String issuer = readText(in);
		int flags = in.readByte();
		String clientId = readText(in);
		String clientSecret = readText(in);
		String name = readText(in);
		String redirectUri = readText(in);
		if (redirectUri.isEmpty()) {
			redirectUri = callback;
		}
		Set<String> scopes = new LinkedHashSet<>(List.of(readText(in).split(" ")));
		scopes.remove("");
		if (in.available() > 0) {
			throw new IOException("trailing bytes");
		}
		Capabilities capabilities = new Capabilities(authorize, token, revoke,
				issuer.isEmpty() ? null : issuer.equals("/") ? base + "/" : issuer, Collections.unmodifiableSet(scopes),
				(flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0);
		ServerProfile server = new ServerProfile(address, title.isEmpty() ? address.displayHost() : title, "", null,
				software.isEmpty() ? null : software, version.isEmpty() ? null : version,
				ServerProfile.Registrations.UNKNOWN, null, List.of(), capabilities);
		return new ClassLink(server,
				new RegisteredApp(clientId, clientSecret, name, redirectUri, Collections.unmodifiableSet(scopes)),
				expiresAt);
	}

	/** An endpoint on the server as a path, or empty when it is the usual one. */
	private static String path(URI endpoint, String usual) {
		String path = endpoint.getRawPath() + ((endpoint.getRawQuery() != null) ? "?" + endpoint.getRawQuery() : "");
		return path.equals(usual) ? "" : path;
	}

	private static String orDefault(String path, String usual) {
		if (path.isEmpty()) {
			return usual;
		}
		if (!path.startsWith("/") || path.startsWith("//")) {
			throw new IllegalArgumentException("not a path");
		}
		return path;
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static String cut(String value, int max) {
		if (value == null) {
			return "";
		}
		return (value.codePointCount(0, value.length()) <= max) ? value
				: value.substring(0, value.offsetByCodePoints(0, max));
	}

}
