package org.tootkey.server;

import java.io.Serializable;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * What a server is and what it supports, as discovered. Text fields are plain text: any
 * HTML the server sent has been reduced to text.
 *
 * @param address where the server is (no account part)
 * @param title the server's name
 * @param description a short description, plain text, may be empty
 * @param thumbnail the server's picture, https only, or null
 * @param software the program it runs, e.g. {@code mastodon}, or null when unknown
 * @param version the program's version as the server reports it, or null
 * @param registrations whether new people can sign up
 * @param activeMonth people active in the last month, or null when unknown
 * @param rules the server's rules, plain text
 * @param capabilities what the OAuth side supports
 * @param accountDomain the domain in the server's handles when the server says it differs
 * from its web address (Mastodon's {@code LOCAL_DOMAIN} ≠ {@code WEB_DOMAIN}, Hollo's
 * {@code HANDLE_HOST}), in ASCII, possibly with a port; null when it is the web address
 */
public record ServerProfile(ServerAddress address, String title, String description, URI thumbnail, String software,
		String version, Registrations registrations, Long activeMonth, List<String> rules, Capabilities capabilities,
		String accountDomain) implements Serializable {

	/** As before account domains were read: the handles' domain is the web address. */
	public ServerProfile(ServerAddress address, String title, String description, URI thumbnail, String software,
			String version, Registrations registrations, Long activeMonth, List<String> rules,
			Capabilities capabilities) {
		this(address, title, description, thumbnail, software, version, registrations, activeMonth, rules, capabilities,
				null);
	}

	/**
	 * The domain people see in the accounts' handles ({@code @bot@domain}): what the
	 * server said, else its web address with any port.
	 */
	public String handleDomain() {
		if (this.accountDomain == null) {
			return displayDomain();
		}
		int colon = this.accountDomain.lastIndexOf(':');
		return (colon < 0) ? ServerAddress.displayName(this.accountDomain)
				: ServerAddress.displayName(this.accountDomain.substring(0, colon))
						+ this.accountDomain.substring(colon);
	}

	/** Whether people can open an account. */
	public enum Registrations {

		OPEN, APPROVAL_REQUIRED, CLOSED, UNKNOWN

	}

	/**
	 * What the server's OAuth side offers.
	 *
	 * @param authorizeEndpoint where the person approves the app
	 * @param tokenEndpoint where the code is exchanged
	 * @param revocationEndpoint where a token is revoked
	 * @param issuer the issuer named in the metadata, or null
	 * @param scopes the scopes the server accepts
	 * @param pkce whether S256 PKCE is advertised
	 * @param issAdvertised whether the callback must carry {@code iss}
	 * @param fromMetadata whether these came from an OAuth metadata document
	 */
	public record Capabilities(URI authorizeEndpoint, URI tokenEndpoint, URI revocationEndpoint, String issuer,
			Set<String> scopes, boolean pkce, boolean issAdvertised, boolean fromMetadata) implements Serializable {

		/**
		 * Whether the server knows the {@code profile} scope (Mastodon 4.3 and later).
		 */
		public boolean hasProfileScope() {
			return this.scopes.contains("profile");
		}

		/** Whether a scope may be asked for. */
		public boolean supports(String scope) {
			return this.scopes.contains(scope);
		}

	}

	/**
	 * The issuer a callback's {@code iss} must name (RFC 9207 §2.4): the metadata's
	 * issuer, which discovery has checked is this server's origin, or else the origin
	 * itself.
	 */
	public String expectedIssuer() {
		return (this.capabilities.issuer() != null) ? this.capabilities.issuer() : baseUri().toString();
	}

	/** Issuers compared as strings, ignoring one trailing slash on either side. */
	public static boolean sameIssuer(String expected, String actual) {
		return expected != null && actual != null && withoutSlash(expected).equals(withoutSlash(actual));
	}

	private static String withoutSlash(String uri) {
		return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
	}

	/** The base URL of the server's API. */
	public URI baseUri() {
		return this.address.baseUri();
	}

	/** The name people read, in their own script. */
	public String displayDomain() {
		return this.address.displayHost();
	}

	/**
	 * The scopes every token gets on this server whatever was asked (some programs ignore
	 * the requested scopes), or an empty set when the server grants what was asked.
	 */
	public Set<String> alwaysGrantedScopes() {
		return KnownSoftware.alwaysGranted(this.software);
	}

	/** The program's name as people write it (e.g. {@code GoToSocial}), or null. */
	public String softwareName() {
		return KnownSoftware.displayName(this.software);
	}

	/** The software and version as one short line, e.g. "Mastodon 4.5.0". */
	public String softwareLine() {
		if (this.software == null) {
			return null;
		}
		String name = KnownSoftware.displayName(this.software);
		return (this.version == null) ? name : name + " " + this.version;
	}

}
