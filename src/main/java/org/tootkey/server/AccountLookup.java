package org.tootkey.server;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.tootkey.outbound.OutboundClient;
import org.tootkey.outbound.OutboundException;
import org.tootkey.outbound.OutboundResponse;

/**
 * Finds which server runs an account's API. A handle's domain can differ from the server
 * (e.g. {@code @bot@example.org} served by {@code social.example.org}): WebFinger's
 * {@code self} link names the real one; host-meta points to WebFinger when it lives
 * elsewhere. The account domain usually forwards WebFinger to the server with a redirect
 * (Mastodon's documented {@code LOCAL_DOMAIN} set-up), so one redirect is followed, to an
 * address that passes the same checks as a typed one.
 */
class AccountLookup {

	private static final Pattern TEMPLATE = Pattern.compile("template=[\"']([^\"']+\\{uri\\}[^\"']*)[\"']");

	private final OutboundClient client;

	private final boolean allowLocal;

	private final long deadlineNanos;

	AccountLookup(OutboundClient client, boolean allowLocal) {
		this(client, allowLocal, Long.MAX_VALUE);
	}

	/** With a deadline ({@link System#nanoTime()}) past which no further call starts. */
	AccountLookup(OutboundClient client, boolean allowLocal, long deadlineNanos) {
		this.client = client;
		this.allowLocal = allowLocal;
		this.deadlineNanos = deadlineNanos;
	}

	private OutboundResponse get(URI uri) {
		if (this.deadlineNanos != Long.MAX_VALUE && System.nanoTime() - this.deadlineNanos >= 0) {
			throw new OutboundException(org.tootkey.outbound.OutboundProblem.TIMEOUT);
		}
		return this.client.get(uri);
	}

	/**
	 * The server of the account, or the handle's own domain when nothing says otherwise.
	 */
	ServerAddress serverOf(ServerAddress handle) {
		String resource = "acct:" + handle.account() + "@" + handle.authority();
		URI base = handle.baseUri();
		URI webfinger = base.resolve("/.well-known/webfinger?resource=" + encode(resource));
		ServerAddress found = selfLinkHost(webfinger);
		if (found == null) {
			URI template = hostMetaTemplate(base);
			if (template != null) {
				found = selfLinkHost(URI.create(template.toString().replace("%7Buri%7D", encode(resource))));
			}
		}
		return (found != null) ? found : handle.withoutAccount();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private ServerAddress selfLinkHost(URI webfinger) {
		try {
			OutboundResponse response = getFollowingOneRedirect(webfinger);
			JsonNode json = response.isSuccess() ? response.json().orElse(null) : null;
			if (json == null) {
				return null;
			}
			JsonNode links = json.path("links");
			// A real answer has a handful of links; a hostile one is not read past the
			// first few.
			for (int i = 0; i < Math.min(links.size(), 50); i++) {
				JsonNode link = links.get(i);
				String type = link.path("type").asString("");
				boolean activityPub = type.contains("activity+json") || type.contains("ld+json");
				if ("self".equals(link.path("rel").asString("")) && activityPub) {
					return ServerAddress.parse(link.path("href").asString(""), this.allowLocal).withoutAccount();
				}
			}
			return null;
		}
		catch (OutboundException | InvalidServerAddressException | IllegalArgumentException ex) {
			return null;
		}
	}

	private OutboundResponse getFollowingOneRedirect(URI uri) {
		OutboundResponse response = get(uri);
		String location = response.headers().getFirst("Location");
		if (response.status() / 100 != 3 || location == null) {
			return response;
		}
		URI target = uri.resolve(location.strip());
		// the same rules as a typed address: https (unless local servers are allowed), no
		// user:pass@, no IP or port unless allowed; the outbound guard checks the address
		// again
		ServerAddress checked = ServerAddress.parse(target.getScheme() + "://" + target.getRawAuthority(),
				this.allowLocal);
		return get(URI.create(checked.baseUri() + target.getRawPath()
				+ ((target.getRawQuery() != null) ? "?" + target.getRawQuery() : "")));
	}

	private URI hostMetaTemplate(URI base) {
		try {
			OutboundResponse response = getFollowingOneRedirect(base.resolve("/.well-known/host-meta"));
			if (!response.isSuccess()) {
				return null;
			}
			// host-meta is a few hundred bytes: a pattern over a megabyte could backtrack
			// for long
			String text = response.text();
			Matcher matcher = TEMPLATE.matcher(text.substring(0, Math.min(text.length(), 16 * 1024)));
			if (!matcher.find()) {
				return null;
			}
			URI template = URI.create(matcher.group(1).replace("&amp;", "&").replace("{uri}", "%7Buri%7D"));
			ServerAddress checked = ServerAddress.parse(template.getScheme() + "://" + template.getRawAuthority(),
					this.allowLocal);
			return URI.create(checked.baseUri() + template.getRawPath()
					+ ((template.getRawQuery() != null) ? "?" + template.getRawQuery() : ""));
		}
		catch (OutboundException | IllegalArgumentException | InvalidServerAddressException ex) {
			return null;
		}
	}

}
