package org.tootkey.server;

import java.io.Serializable;
import java.net.IDN;
import java.net.URI;

/**
 * A server as someone named it: {@code mastodon.social},
 * {@code https://mastodon.social/}, {@code @bot@mastodon.social},
 * {@code bot@mastodon.social} or a profile URL. Parsing never throws anything but
 * {@link InvalidServerAddressException}.
 *
 * @param scheme {@code https}, or {@code http} when local servers are allowed
 * @param host the host in ASCII (punycode), lower case, without a trailing dot
 * @param port an explicit port, or -1
 * @param account the account's user name when a handle or profile URL was given, else
 * null
 */
public record ServerAddress(String scheme, String host, int port, String account) implements Serializable {

	static final int MAX_NAME_LENGTH = HostNames.MAX_NAME_LENGTH;

	/** Parses what a person typed or pasted ({@link AddressParser}). */
	public static ServerAddress parse(String input, boolean allowLocal) {
		return AddressParser.parse(input, allowLocal, ServerAddress::new);
	}

	/** The server's base URL, e.g. {@code https://mastodon.social}. */
	public URI baseUri() {
		return URI.create(this.scheme + "://" + authority());
	}

	/**
	 * Whether a URL is on this server's own origin: same scheme, host and port (the one
	 * same-origin check for endpoints, pictures and documents a server names).
	 */
	public boolean owns(URI uri) {
		URI base = baseUri();
		return uri.getHost() != null && base.getScheme().equalsIgnoreCase(uri.getScheme())
				&& base.getHost().equalsIgnoreCase(uri.getHost()) && base.getPort() == uri.getPort();
	}

	/** Host and, if explicit, port. */
	public String authority() {
		String h = (this.host.indexOf(':') >= 0 && !this.host.startsWith("[")) ? "[" + this.host + "]" : this.host;
		return (this.port == -1) ? h : h + ":" + this.port;
	}

	/**
	 * The host as people read it (international names in their own script), with the port
	 * when one was given: a server on a non-default port is only that server with its
	 * port.
	 */
	public String displayHost() {
		String shown = displayName(this.host);
		if (this.host.indexOf(':') >= 0 && !this.host.startsWith("[")) {
			shown = "[" + shown + "]";
		}
		return (this.port == -1) ? displayName(this.host) : shown + ":" + this.port;
	}

	/**
	 * What to put back in the server field so that it leads here again: the name alone
	 * for a plain https server, else the whole origin (scheme, host and port).
	 */
	public String refill() {
		return (this.scheme.equals("https") && this.port == -1) ? unicodeName(this.host) : baseUri().toString();
	}

	/** The same address without the account part. */
	public ServerAddress withoutAccount() {
		return (this.account == null) ? this : new ServerAddress(this.scheme, this.host, this.port, null);
	}

	/**
	 * Whether a picture's address is a public https name a visitor's browser may be sent
	 * to: the same rules as a typed address without local servers (no IP literal, no
	 * explicit port, no single-label, private-use or reserved name). Keeps a server from
	 * making the visitor's browser request {@code https://192.168.1.1/…} on its network.
	 */
	public static boolean isPublicHttps(URI uri) {
		if (uri.getHost() == null || !"https".equalsIgnoreCase(uri.getScheme()) || uri.getRawUserInfo() != null) {
			return false;
		}
		try {
			parse("https://" + uri.getRawAuthority(), false);
			return true;
		}
		catch (InvalidServerAddressException | IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * Whether a picture's address may be shown for this server: its own origin, https on
	 * one of its own subdomains (a media host such as {@code files.example.social}), or
	 * {@link #isPublicHttps(URI) a public https name}.
	 */
	public boolean allowsPicture(URI uri) {
		String pictureHost = uri.getHost();
		if (pictureHost == null || uri.getRawUserInfo() != null) {
			return false;
		}
		URI base = baseUri();
		boolean sameOrigin = base.getScheme().equalsIgnoreCase(uri.getScheme())
				&& this.host.equalsIgnoreCase(pictureHost) && base.getPort() == uri.getPort();
		boolean subdomain = "https".equalsIgnoreCase(uri.getScheme()) && uri.getPort() == -1
				&& pictureHost.toLowerCase(java.util.Locale.ROOT)
					.endsWith("." + this.host.toLowerCase(java.util.Locale.ROOT))
				&& HostNames.LABEL
					.matcher(pictureHost.substring(0, pictureHost.length() - this.host.length() - 1).replace(".", "a"))
					.matches();
		return sameOrigin || subdomain || isPublicHttps(uri);
	}

	/**
	 * A host name as people read it: in its own script, with its ASCII (punycode) form
	 * beside it when it is not all Latin or mixes scripts within a label, as browsers do,
	 * so that {@code xn--80ak6aa92e.com} shows as "аррӏе.com (xn--80ak6aa92e.com)" and
	 * cannot pass for {@code apple.com}.
	 */
	public static String displayName(String asciiHost) {
		String unicode = unicodeName(asciiHost);
		return (unicode.equals(asciiHost) || !mayDeceive(unicode)) ? unicode : unicode + " (" + asciiHost + ")";
	}

	private static String unicodeName(String asciiHost) {
		try {
			return IDN.toUnicode(asciiHost, IDN.ALLOW_UNASSIGNED);
		}
		catch (IllegalArgumentException ex) {
			return asciiHost;
		}
	}

	/**
	 * Whether a name uses any script besides Latin (which covers every mix of scripts,
	 * since a mix has a non-Latin part); digits, hyphens and combining marks belong to
	 * none.
	 */
	static boolean mayDeceive(String unicodeHost) {
		return unicodeHost.codePoints()
			.mapToObj(Character.UnicodeScript::of)
			.anyMatch((script) -> script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
					&& script != Character.UnicodeScript.INHERITED);
	}

}
