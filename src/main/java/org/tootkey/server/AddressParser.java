package org.tootkey.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a person typed or pasted as a server — a name, an origin, a handle or a
 * profile URL — into its parts: one host in ASCII, checked label by label, with local,
 * single-label and reserved names refused unless local servers are allowed. Throws
 * nothing but {@link InvalidServerAddressException}. It knows nothing of the type the
 * parts become ({@code ServerAddress} hands in its constructor), so the two do not use
 * each other.
 */
final class AddressParser {

	private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$", Pattern.DOTALL);

	private static final Pattern PROFILE_PATH = Pattern.compile("^/(?:@|users/|u/|profile/)([A-Za-z0-9_.-]+)/?$");

	private static final Pattern USER_INFO = Pattern.compile("^([^/@:]+):[^/@]*@[^/@]+$");

	/** Schemes whose addresses look like {@code user:pass@host} but are not logins. */
	private static final Set<String> ADDRESS_SCHEMES = Set.of("acct", "mailto", "xmpp", "sip");

	private static final Pattern USER = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

	/** What the parts of a parsed address become. */
	@FunctionalInterface
	interface Parts<T> {

		T of(String scheme, String host, int port, String account);

	}

	/** Parses what a person typed or pasted. */
	static <T> T parse(String input, boolean allowLocal, Parts<T> parts) {
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
			return fromUrl(text, allowLocal, parts);
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
				return fromHandle(scheme.group(2), allowLocal, parts);
			}
			throw new InvalidServerAddressException("scheme");
		}
		if (text.indexOf('@') >= 0 && text.indexOf('/') < 0) {
			return fromHandle(text, allowLocal, parts);
		}
		return fromUrl("https://" + text, allowLocal, parts);
	}

	private static <T> T fromHandle(String text, boolean allowLocal, Parts<T> parts) {
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
			// "@bot@127.0.0.1:8002": the form a server on a non-default port shows itself
			// (and our fake prints). Only where ports are allowed, and then over http: a
			// handle does not say which scheme, and servers on a port of one's own
			// machine rarely have a certificate.
			if (!allowLocal) {
				throw new InvalidServerAddressException("port");
			}
			int port = port(domain.substring(colon + 1));
			String host = HostNames.checkHost(domain.substring(0, colon), true);
			return parts.of("http", host, (port == 80) ? -1 : port, user);
		}
		String host = HostNames.checkHost(domain, allowLocal);
		return parts.of("https", host, -1, user);
	}

	private static <T> T fromUrl(String text, boolean allowLocal, Parts<T> parts) {
		URI uri;
		try {
			uri = text.chars().allMatch((c) -> c < 128) ? new URI(text) : HostNames.uriWithAsciiHost(text);
		}
		catch (URISyntaxException ex) {
			uri = HostNames.uriWithAsciiHost(text);
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
		String checkedHost = HostNames.checkHost(host, allowLocal);
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
		return parts.of(effectiveScheme, checkedHost, port, account);
	}

	private static String hostFromAuthority(String authority) {
		if (authority == null || authority.isEmpty()) {
			throw new InvalidServerAddressException("invalid");
		}
		if (authority.indexOf('@') >= 0) {
			throw new InvalidServerAddressException("credentials");
		}
		// java.net.URI leaves the host empty for names with "_" and similar: report them
		// as invalid.
		throw new InvalidServerAddressException("invalid");
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

	private AddressParser() {
	}

}
