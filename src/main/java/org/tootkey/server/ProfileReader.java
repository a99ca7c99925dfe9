package org.tootkey.server;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;

import org.tootkey.server.ServerProfile.Registrations;

/**
 * Turns the probes' answers into a {@link ServerProfile}, or into the one plain reason
 * the server cannot be used.
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

	private ProfileReader() {
	}

	static ServerProfile read(ServerAddress server, Fetched metadata, Fetched instance, NodeInfo nodeInfo,
			Clock clock) {
		JsonNode info = instance.jsonObject()
			.filter((node) -> node.hasNonNull("domain") || node.hasNonNull("uri") || node.hasNonNull("version"))
			.orElse(null);
		if (info == null) {
			throw DiscoveryException.unusable(server, metadata, instance, nodeInfo, clock);
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
			version = ServerText.cleanOrNull(
					version.substring(0, Math.min(version.length(), ServerText.MAX_INPUT)).split("[\\s(]", 2)[0],
					ServerText.MAX_TOKEN);
		}
		software = (software != null) ? ServerText.cleanOrNull(software, ServerText.MAX_TOKEN) : null;
		String title = ServerText.clean(text(info.path("title")), ServerText.MAX_NAME);
		String description = plain(firstText(info, "description", "short_description"));
		JsonNode active = info.path("usage").path("users").path("active_month");
		Long activeMonth = active.isNumber() ? Long.valueOf(active.asLong()) : nodeInfo.activeMonth();
		return new ServerProfile(server, title.isEmpty() ? server.displayHost() : title, description,
				thumbnail(server, info), software, version, registrations(info, nodeInfo), activeMonth,
				rules(info.path("rules")), MetadataReader.capabilities(server, metadata, software),
				accountDomain(server, info));
	}

	/**
	 * A name and an optional port, nothing else: the server's word is checked before it
	 * is shown.
	 */
	private static final Pattern DOMAIN = Pattern
		.compile("(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?::[0-9]{1,5})?");

	/**
	 * The handles' domain from /api/v2/instance {@code domain} (Mastodon: LOCAL_DOMAIN),
	 * when it is a well-formed name that differs from the web address; else null. v1's
	 * {@code uri} is not used: some programs put a URL there.
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
