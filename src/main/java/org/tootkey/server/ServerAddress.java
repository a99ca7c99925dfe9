package org.tootkey.server;

import java.io.Serializable;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server as someone named it: {@code mastodon.social}, {@code https://mastodon.social/},
 * {@code @bot@mastodon.social}, {@code bot@mastodon.social} or a profile URL. Parsing never
 * throws anything but {@link InvalidServerAddressException}.
 *
 * @param scheme {@code https}, or {@code http} when local servers are allowed
 * @param host the host in ASCII (punycode), lower case, without a trailing dot
 * @param port an explicit port, or -1
 * @param account the account's user name when a handle or profile URL was given, else null
 */
public record ServerAddress(String scheme, String host, int port, String account) implements Serializable {

	static final int MAX_NAME_LENGTH = 253;

	private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");


	/** A bracketed IPv6 literal as java.net.URI returns it as the host (optional zone). */

	private static final Pattern IPV6_LITERAL = Pattern.compile("\\[[0-9A-Fa-f:.]+(%[0-9A-Za-z._~-]+)?\\]");

	private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$", Pattern.DOTALL);

	private static final Pattern PROFILE_PATH = Pattern.compile("^/(?:@|users/|u/|profile/)([A-Za-z0-9_.-]+)/?$");

	private static final Pattern USER_INFO = Pattern.compile("^([^/@:]+):[^/@]*@[^/@]+$");

	/** Schemes whose addresses look like {@code user:pass@host} but are not logins. */
	private static final Set<String> ADDRESS_SCHEMES = Set.of("acct", "mailto", "xmpp", "sip");

	private static final Pattern USER = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

	private static final String[] RESERVED_SUFFIXES = { ".local", ".internal", ".localhost", ".onion", ".test",
			".invalid", ".example", ".home.arpa", ".lan" };

	/** Parses what a person typed or pasted. */
	public static ServerAddress parse(String input, boolean allowLocal) {
		if (input == null) {
			throw new InvalidServerAddressException("empty");
		}
		String text = input.replaceAll("[\\r\\n\\t]", "").strip();
		if (text.isEmpty()) {
			throw new InvalidServerAddressException("empty");
		}
		if (text.length() > 2048) {
			throw new InvalidServerAddressException("too-long");
		}
		if (text.chars().anyMatch(Character::isWhitespace)) {
			throw new InvalidServerAddressException("spaces");
		}
		if (text.contains("://")) {
			return fromUrl(text, allowLocal);
		}
		Matcher userInfo = USER_INFO.matcher(text);
		if (userInfo.matches() && !ADDRESS_SCHEMES.contains(userInfo.group(1).toLowerCase(Locale.ROOT))) {
			// "user:pass@example.social": a web address's login part, not a handle
			throw new InvalidServerAddressException("credentials");
		}
		Matcher scheme = SCHEME.matcher(text);
		if (scheme.matches() && !scheme.group(2).matches("\\d+(/.*)?")) {
			// "javascript:…", "mailto:bot@example.social", "acct:bot@example.social"
			if (scheme.group(1).equalsIgnoreCase("acct")) {
				return fromHandle(scheme.group(2), allowLocal);
			}
			throw new InvalidServerAddressException("scheme");
		}
		if (text.indexOf('@') >= 0 && text.indexOf('/') < 0) {
			return fromHandle(text, allowLocal);
		}
		return fromUrl("https://" + text, allowLocal);
	}

	private static ServerAddress fromHandle(String text, boolean allowLocal) {
		String handle = text.startsWith("@") ? text.substring(1) : text;
		int at = handle.indexOf('@');
		if (at <= 0 || at != handle.lastIndexOf('@') || at == handle.length() - 1) {
			throw new InvalidServerAddressException("handle");
		}
		String user = handle.substring(0, at);
		if (!USER.matcher(user).matches()) {
			throw new InvalidServerAddressException("handle");
		}
		String domain = handle.substring(at + 1);
		int colon = domain.lastIndexOf(':');
		if (colon >= 0) {
			// "@bot@127.0.0.1:8002": the form a server on a non-default port shows itself (and our
			// fake prints). Only where ports are allowed, and then over http: a handle does not say
			// which scheme, and servers on a port of one's own machine rarely have a certificate.
			if (!allowLocal) {
				throw new InvalidServerAddressException("port");
			}
			int port = port(domain.substring(colon + 1));
			String host = checkHost(domain.substring(0, colon), true);
			return new ServerAddress("http", host, (port == 80) ? -1 : port, user);
		}
		String host = checkHost(domain, allowLocal);
		return new ServerAddress("https", host, -1, user);
	}

	private static ServerAddress fromUrl(String text, boolean allowLocal) {
		URI uri;
		try {
			uri = text.chars().allMatch((c) -> c < 128) ? new URI(text) : lenientUri(text);
		}
		catch (URISyntaxException ex) {
			uri = lenientUri(text);
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("https") && !scheme.equals("http")) {
			throw new InvalidServerAddressException("scheme");
		}
		if (uri.getRawUserInfo() != null) {
			throw new InvalidServerAddressException("credentials");
		}
		String host = uri.getHost();
		if (host == null) {
			host = hostFromAuthority(uri.getRawAuthority());
		}
		int port = uri.getPort();
		if (port != -1) {
			if (!allowLocal && port != 443) {
				throw new InvalidServerAddressException("port");
			}
			if (port < 1 || port > 65535) {
				throw new InvalidServerAddressException("invalid");
			}
		}
		String checkedHost = checkHost(host, allowLocal);
		String account = null;
		String path = uri.getRawPath();
		if (path != null) {
			Matcher profile = PROFILE_PATH.matcher(path);
			if (profile.matches()) {
				account = profile.group(1);
			}
		}
		String effectiveScheme = allowLocal ? scheme : "https";
		if (port == defaultPort(effectiveScheme)) {
			port = -1;
		}
		return new ServerAddress(effectiveScheme, checkedHost, port, account);
	}

	private static URI lenientUri(String text) {
		// International names and stray characters make java.net.URI give up; keep only the
		// part before the path and try again with the host in ASCII.
		int start = text.indexOf("://") + 3;
		int end = start;
		while (end < text.length() && "/?#".indexOf(text.charAt(end)) < 0) {
			end++;
		}
		String authority = text.substring(start, end);
		if (authority.indexOf('@') >= 0) {
			throw new InvalidServerAddressException("credentials");
		}
		String hostPart = authority;
		String portPart = "";
		int colon = authority.lastIndexOf(':');
		if (colon >= 0 && !authority.startsWith("[")) {
			hostPart = authority.substring(0, colon);
			portPart = authority.substring(colon);
		}
		try {
			return new URI(text.substring(0, start) + toAscii(hostPart) + portPart + rest(text, end));
		}
		catch (URISyntaxException ex) {
			throw new InvalidServerAddressException("invalid");
		}
	}

	private static String rest(String text, int end) {
		String rest = text.substring(end);
		return rest.matches("[A-Za-z0-9/._~@%-]*") ? rest : "";
	}

	private static String hostFromAuthority(String authority) {
		if (authority == null || authority.isEmpty()) {
			throw new InvalidServerAddressException("invalid");
		}
		if (authority.indexOf('@') >= 0) {
			throw new InvalidServerAddressException("credentials");
		}
		// java.net.URI leaves the host empty for names with "_" and similar: report them as invalid.
		throw new InvalidServerAddressException("invalid");
	}

	private static String checkHost(String rawHost, boolean allowLocal) {
		if (rawHost == null || rawHost.isEmpty()) {
			throw new InvalidServerAddressException("invalid");
		}
		String host = rawHost;
		if (host.startsWith("[") || host.indexOf(':') >= 0) {
			if (!allowLocal) {
				throw new InvalidServerAddressException("ip");
			}
			if (!IPV6_LITERAL.matcher(host).matches()) {
				// e.g. "bot@[": a half-typed literal would later break building the base URL
				throw new InvalidServerAddressException("invalid");
			}
			return host;
		}
		if (host.endsWith(".")) {
			host = host.substring(0, host.length() - 1);
		}
		host = toAscii(host).toLowerCase(Locale.ROOT);
		if (host.length() > MAX_NAME_LENGTH) {
			throw new InvalidServerAddressException("too-long");
		}
		if (IPV4.matcher(host).matches()) {
			if (!allowLocal) {
				throw new InvalidServerAddressException("ip");
			}
			return host;
		}
		String[] labels = host.split("\\.", -1);
		for (String label : labels) {
			if (!LABEL.matcher(label).matches()) {
				throw new InvalidServerAddressException("invalid");
			}
		}
		if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
			throw new InvalidServerAddressException("invalid");
		}
		if (allowLocal) {
			return host;
		}
		if (labels.length < 2) {
			throw new InvalidServerAddressException("single-label");
		}
		for (String suffix : RESERVED_SUFFIXES) {
			if (host.endsWith(suffix)) {
				throw new InvalidServerAddressException("reserved");
			}
		}
		return host;
	}

	private static String toAscii(String host) {
		if (host.isEmpty() || host.length() > 4 * MAX_NAME_LENGTH) {
			throw new InvalidServerAddressException(host.isEmpty() ? "invalid" : "too-long");
		}
		try {
			return IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidServerAddressException("invalid");
		}
	}

	private static int port(String digits) {
		if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
			throw new InvalidServerAddressException("handle");
		}
		int port = Integer.parseInt(digits);
		if (port < 1 || port > 65535) {
			throw new InvalidServerAddressException("handle");
		}
		return port;
	}

	private static int defaultPort(String scheme) {
		return scheme.equals("http") ? 80 : 443;
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
	 * when one was given: a server on a non-default port is only that server with its port.
	 */
	public String displayHost() {
		String shown = displayName(this.host);
		if (this.host.indexOf(':') >= 0 && !this.host.startsWith("[")) {
			shown = "[" + shown + "]";
		}
		return (this.port == -1) ? displayName(this.host) : shown + ":" + this.port;
	}

	/**
	 * What to put back in the server field so that it leads here again: the name alone for a
	 * plain https server, else the whole origin (scheme, host and port).
	 */
	public String refill() {
		return (this.scheme.equals("https") && this.port == -1) ? unicodeName(this.host) : baseUri().toString();
	}

	/** The same address without the account part. */
	public ServerAddress withoutAccount() {
		return (this.account == null) ? this : new ServerAddress(this.scheme, this.host, this.port, null);
	}

	/**
	 * Whether a picture's address is a public https name a visitor's browser may be sent to:
	 * the same rules as a typed address without local servers (no IP literal, no explicit
	 * port, no single-label, private-use or reserved name). Keeps a server from making the
	 * visitor's browser request {@code https://192.168.1.1/…} on its network.
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
	 * Whether a picture's address may be shown for this server: its own origin, https on one
	 * of its own subdomains (a media host such as {@code files.example.social}), or
	 * {@link #isPublicHttps(URI) a public https name}.
	 */
	public boolean allowsPicture(URI uri) {
		String pictureHost = uri.getHost();
		if (pictureHost == null || uri.getRawUserInfo() != null) {
			return false;
		}
		URI base = baseUri();
		boolean sameOrigin = base.getScheme().equalsIgnoreCase(uri.getScheme()) && this.host.equalsIgnoreCase(pictureHost)
				&& base.getPort() == uri.getPort();
		boolean subdomain = "https".equalsIgnoreCase(uri.getScheme()) && uri.getPort() == -1
				&& pictureHost.toLowerCase(java.util.Locale.ROOT).endsWith("." + this.host.toLowerCase(java.util.Locale.ROOT))
				&& LABEL.matcher(pictureHost.substring(0, pictureHost.length() - this.host.length() - 1).replace(".", "a"))
					.matches();
		return sameOrigin || subdomain || isPublicHttps(uri);
	}

	/**
	 * A host name as people read it: in its own script, with its ASCII (punycode) form beside
	 * it when it is not all Latin or mixes scripts within a label, as browsers do, so that
	 * {@code xn--80ak6aa92e.com} shows as "аррӏе.com (xn--80ak6aa92e.com)" and cannot pass
	 * for {@code apple.com}.
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
	 * Whether a name uses any script besides Latin (which covers every mix of scripts, since
	 * a mix has a non-Latin part); digits, hyphens and combining marks belong to none.
	 */
	static boolean mayDeceive(String unicodeHost) {
		return unicodeHost.codePoints().mapToObj(Character.UnicodeScript::of).anyMatch((script) ->
				script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
						&& script != Character.UnicodeScript.INHERITED);
	}

}
