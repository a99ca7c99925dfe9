package org.tootkey.server;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The host part of a server address: international names to ASCII, each label checked, IP
 * literals and local, single-label or reserved names refused unless local servers are
 * allowed.
 */
final class HostNames {

	/** The longest host name DNS allows. */
	static final int MAX_NAME_LENGTH = 253;

	static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");

	/**
	 * A bracketed IPv6 literal as java.net.URI returns it as the host (optional zone).
	 */

	private static final Pattern IPV6_LITERAL = Pattern.compile("\\[[0-9A-Fa-f:.]+(%[0-9A-Za-z._~-]+)?\\]");

	private static final String[] RESERVED_SUFFIXES = { ".local", ".internal", ".localhost", ".onion", ".test",
			".invalid", ".example", ".home.arpa", ".lan" };

	static String checkHost(String rawHost, boolean allowLocal) {
		if (rawHost == null || rawHost.isEmpty()) {
			throw new InvalidServerAddressException("invalid");
		}
		String host = rawHost;
		if (host.startsWith("[") || host.indexOf(':') >= 0) {
			if (!allowLocal) {
				throw new InvalidServerAddressException("ip");
			}
			if (!IPV6_LITERAL.matcher(host).matches()) {
				// e.g. "bot@[": a half-typed literal would later break building the base
				// URL
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

	static String toAscii(String host) {
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

	/**
	 * A web address that java.net.URI accepts although it holds an international name or
	 * stray characters: only the part before the path is kept, with the host in ASCII.
	 */
	static URI uriWithAsciiHost(String text) {
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

	private HostNames() {
	}

}
