package org.tootkey.server;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;

import org.tootkey.outbound.OutboundProblem;
import org.tootkey.outbound.OutboundResponse;
import org.tootkey.server.ServerProfile.Capabilities;
import org.tootkey.server.ServerProfile.Registrations;

/**
 * Turns the probes' answers into a {@link ServerProfile}, or into the one plain reason the
 * server cannot be used.
 */
final class ProfileReader {

	/**
	 * "2.7.2 (compatible; Pleroma 2.9.1)", "4.2.1 (compatible; Iceshrimp.NET/2024.1": the
	 * closing bracket is optional (Iceshrimp.NET leaves it out:
	 * Iceshrimp.Backend/Controllers/Mastodon/Schemas/InstanceInfoV1Response.cs).
	 */
	private static final Pattern COMPATIBLE = Pattern.compile("\\(compatible; ([A-Za-z.]+)[ /]([^)\\s]+)");

	private static final int MAX_DESCRIPTION = 300;

	static final int MAX_RULES = 10;

	private static final int MAX_RULE = 200;

	/** Scopes kept from the metadata: Mastodon names about 40; anything past this is noise. */
	static final int MAX_SCOPES = 100;

	private static final Pattern SCOPE = Pattern.compile("[a-z][a-z0-9:._-]{0,63}");

	private ProfileReader() {
	}

	static ServerProfile read(ServerAddress server, Fetched metadata, Fetched instance, NodeInfo nodeInfo, Clock clock) {
		JsonNode info = instance.jsonObject()
			.filter((node) -> node.hasNonNull("domain") || node.hasNonNull("uri") || node.hasNonNull("version"))
			.orElse(null);
		if (info == null) {
			throw unusable(server, metadata, instance, nodeInfo, clock);
		}
		String rawVersion = ServerText.cleanOrNull(JsonFields.text(info.path("version")), 200);
		String software = nodeInfo.software();
		String version = nodeInfo.version();
		Matcher compatible = (rawVersion != null) ? COMPATIBLE.matcher(rawVersion) : null;
		if (software == null && compatible != null && compatible.find()) {
			software = compatible.group(1).toLowerCase(Locale.ROOT);
			version = compatible.group(2);
		}
		if (software == null && rawVersion != null) {
			software = "mastodon";
		}
		if (version == null && rawVersion != null) {
			version = rawVersion;
		}
		if (version != null) {
			// "4.2.13 (compatible; …)", "0.19.1 git-ccd5b34": the number people recognise
			version = ServerText.cleanOrNull(version.substring(0, Math.min(version.length(), ServerText.MAX_INPUT))
				.split("[\\s(]", 2)[0], ServerText.MAX_TOKEN);
		}
		software = (software != null) ? ServerText.cleanOrNull(software, ServerText.MAX_TOKEN) : null;
		String title = ServerText.clean(text(info.path("title")), ServerText.MAX_NAME);
		String description = plain(firstText(info, "description", "short_description"));
		JsonNode active = info.path("usage").path("users").path("active_month");
		Long activeMonth = active.isNumber() ? Long.valueOf(active.asLong()) : nodeInfo.activeMonth();
		return new ServerProfile(server, title.isEmpty() ? server.displayHost() : title, description,
				thumbnail(server, info), software, version, registrations(info, nodeInfo), activeMonth,
				rules(info.path("rules")),
				capabilities(server, metadata, software), accountDomain(server, info));
	}

	/** A name and an optional port, nothing else: the server's word is checked before it is shown. */
	private static final Pattern DOMAIN = Pattern
		.compile("(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?::[0-9]{1,5})?");

	/**
	 * The handles' domain from /api/v2/instance {@code domain} (Mastodon: LOCAL_DOMAIN), when it
	 * is a well-formed name that differs from the web address; else null. v1's {@code uri} is
	 * not used: some programs put a URL there.
	 */
	private static String accountDomain(ServerAddress server, JsonNode info) {
		String domain = JsonFields.text(info.path("domain"));
		if (domain == null || domain.length() > 260) {
			return null;
		}
		domain = domain.toLowerCase(Locale.ROOT);
		if (!DOMAIN.matcher(domain).matches() || domain.equals(server.authority())) {
			return null;
		}
		return domain;
	}

	private static DiscoveryException unusable(ServerAddress server, Fetched metadata, Fetched instance,
			NodeInfo nodeInfo, Clock clock) {
		String host = server.displayHost();
		String withoutApi = KnownSoftware.withoutMastodonApi(nodeInfo.software());
		if (withoutApi != null) {
			String ownTokens = KnownSoftware.ownTokenPage(nodeInfo.software());
			return new DiscoveryException(
					"server.error.no-mastodon-api" + ((ownTokens != null) ? "." + ownTokens : ""), host, withoutApi);
		}
		if (instance.status() == 429) {
			OptionalLong wait = instance.retryAfter(clock);
			return wait.isPresent() ? new DiscoveryException("server.error.rate-limited", host, minutes(wait.getAsLong()))
					: new DiscoveryException("server.error.rate-limited-unknown", host);
		}
		if (!instance.responded()) {
			OutboundProblem problem = instance.problem();
			return new DiscoveryException("server.error." + problem.messageKey().substring("outbound.".length()), host);
		}
		if (instance.status() >= 500) {
			return new DiscoveryException("server.error.server-error", host);
		}
		if (instance.status() == 401 || instance.status() == 403) {
			return new DiscoveryException("server.error.private-instance", host);
		}
		if (instance.status() / 100 == 2 && isWebPage(instance.response())) {
			return new DiscoveryException("server.error.not-json", host);
		}
		if (nodeInfo.software() != null) {
			return new DiscoveryException("server.error.api-unusable", host, nodeInfo.software());
		}
		return new DiscoveryException("server.error.not-mastodon", host);
	}

	/** A web page where JSON should be (a site that answers every address with a page). */
	private static boolean isWebPage(OutboundResponse response) {
		return response.isHtml() || response.text().stripLeading().startsWith("<");
	}

	static long minutes(long seconds) {
		return Math.max(1, (seconds + 59) / 60);
	}

	private static Capabilities capabilities(ServerAddress server, Fetched metadata, String software) {
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
		// RFC 8414 §3.3: the issuer must be the one whose well-known address we asked, i.e. this
		// origin (Mastodon writes it with a trailing slash). Another issuer means the document
		// speaks for someone else: the mix-up attack starts this way.
		if (issuer != null && !isOrigin(server, issuer)) {
			throw new DiscoveryException("server.error.endpoint-elsewhere", server.displayHost());
		}
		return new Capabilities(authorize, token, revoke, issuer, Set.copyOf(scopes),
				pkce, iss, true);
	}

	/** Whether an issuer names exactly this server's origin (a single trailing slash allowed). */
	static boolean isOrigin(ServerAddress server, String issuer) {
		return ServerProfile.sameIssuer(server.baseUri().toString(), issuer);
	}

	/** An endpoint named by the server must be on the server itself (defence against mix-up). */
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

	private static Registrations registrations(JsonNode info, NodeInfo nodeInfo) {
		JsonNode registrations = info.path("registrations");
		if (registrations.isObject()) {
			if (!registrations.path("enabled").asBoolean(false)) {
				return Registrations.CLOSED;
			}
			return registrations.path("approval_required").asBoolean(false) ? Registrations.APPROVAL_REQUIRED
					: Registrations.OPEN;
		}
		if (registrations.isBoolean()) {
			if (!registrations.asBoolean()) {
				return Registrations.CLOSED;
			}
			return info.path("approval_required").asBoolean(false) ? Registrations.APPROVAL_REQUIRED
					: Registrations.OPEN;
		}
		if (nodeInfo.openRegistrations() != null) {
			return nodeInfo.openRegistrations() ? Registrations.OPEN : Registrations.CLOSED;
		}
		return Registrations.UNKNOWN;
	}

	private static URI thumbnail(ServerAddress server, JsonNode info) {
		JsonNode node = info.path("thumbnail");
		String url = node.isObject() ? node.path("url").asString("") : node.asString("");
		if (url.length() > ServerText.MAX_URI) {
			return null;
		}
		try {
			URI uri = URI.create(url);
			return server.allowsPicture(uri) ? uri : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String firstText(JsonNode info, String... fields) {
		for (String field : fields) {
			String text = text(info.path(field));
			if (!text.isEmpty()) {
				return text;
			}
		}
		return "";
	}

	private static String text(JsonNode node) {
		String text = JsonFields.text(node);
		return (text != null) ? text : "";
	}

	/** Plain text from whatever the server sent (it may be HTML), short. */
	static String plain(String html) {
		String capped = html.substring(0, Math.min(html.length(), ServerText.MAX_INPUT));
		return ServerText.clean(Jsoup.parse(capped).text(), MAX_DESCRIPTION);
	}

	/** The first few rules, short, as plain text. */
	private static List<String> rules(JsonNode array) {
		List<String> rules = new java.util.ArrayList<>();
		if (array.isArray()) {
			for (int i = 0; i < array.size() && rules.size() < MAX_RULES; i++) {
				JsonNode item = array.get(i);
				String text = item.isString() ? item.asString() : item.path("text").asString("");
				String cleaned = ServerText.clean(text, MAX_RULE);
				if (!cleaned.isEmpty()) {
					rules.add(cleaned);
				}
			}
		}
		return List.copyOf(rules);
	}

}
