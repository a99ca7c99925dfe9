package org.tootkey.fake;

import java.util.List;
import java.util.Map;

/**
 * What a client reads before it registers: RFC 8414 metadata, /api/v1|v2/instance,
 * nodeinfo, WebFinger, plus the static bits (avatars, thumbnail, profile pages, the home
 * page).
 */
final class DiscoveryEndpoints {

	private static final String NODEINFO_PROFILE = "http://nodeinfo.diaspora.software/ns/schema/";

	private final FakeMastodon fake;

	private final ServerMode mode;

	private final Store store;

	private final byte[] thumbnail = Png.disc(64, 0x563ACC);

	private final byte[] missingHeader = Png.disc(16, 0xD1D9E0);

	DiscoveryEndpoints(FakeMastodon fake) {
		this.fake = fake;
		this.mode = fake.mode();
		this.store = fake.store();
	}

	Reply handle(Call c) {
		if (!c.method.equals("GET") && !c.method.equals("HEAD")) {
			return null;
		}
		String path = c.path;
		boolean fediverse = mode.software() != null;
		if (fake.delegate() != null && path.startsWith("/.well-known/")) {
			Reply delegated = delegated(c);
			if (delegated != null) {
				return delegated;
			}
		}
		if (path.equals("/")) {
			return Reply.html(200, Pages.home(mode, fake.baseUrl()));
		}
		if (path.equals("/.well-known/oauth-authorization-server") && mode.hasOAuthMetadata()) {
			return Reply.json(200, mode.hasMastodonApi() ? mastodonMetadata() : misskeyMetadata());
		}
		if (path.equals("/.well-known/nodeinfo") && mode.nodeinfoPath() != null) {
			return Reply.json(200, Json.obj("links", List
				.of(Json.obj("rel", NODEINFO_PROFILE + schema(), "href", fake.baseUrl() + mode.nodeinfoPath()))));
		}
		if (mode.nodeinfoPath() != null && path.equals(mode.nodeinfoPath())) {
			return Reply.json(200, nodeinfo())
				.withHeader("Content-Type", "application/json; profile=\"" + NODEINFO_PROFILE + schema() + "#\"");
		}
		if (path.equals("/.well-known/webfinger") && fediverse) {
			return webfinger(c);
		}
		if (path.equals("/api/v1/instance") && mode.hasV1Instance()) {
			return Reply.json(200, instanceV1());
		}
		if (path.equals("/api/v2/instance") && mode.hasV2Instance()) {
			return Reply.json(200, instanceV2());
		}
		if (path.startsWith("/avatars/") && path.endsWith(".png")) {
			Store.Account a = store.account(path.substring("/avatars/".length(), path.length() - 4));
			return a == null ? null : Reply.of(200, "image/png", Png.disc(96, a.avatarColour))
				.withHeader("Cache-Control", "public, max-age=31536000, immutable");
		}
		if (path.equals("/headers/original/missing.png")) {
			return Reply.of(200, "image/png", missingHeader);
		}
		if (path.equals("/thumbnail.png")) {
			return Reply.of(200, "image/png", thumbnail);
		}
		if (fediverse && (path.startsWith("/@") || path.startsWith("/users/"))) {
			String name = path.startsWith("/@") ? path.substring(2) : path.substring("/users/".length());
			Store.Account a = store.account(name);
			return a == null ? null : Reply.html(200, Pages.profile(a, fake.baseUrl()));
		}
		return null;
	}

	private String schema() {
		return mode.nodeinfoPath().contains("2.1") ? "2.1" : "2.0";
	}

	/**
	 * Mastodon's RFC 8414 document: mastodon/mastodon
	 * app/presenters/oauth_metadata_presenter.rb and
	 * app/serializers/oauth_metadata_serializer.rb; values as in the documentation's
	 * example (issuer is {@code root_url}, with a trailing slash; response modes query
	 * and fragment; grant types authorization_code and client_credentials;
	 * client_secret_basic and client_secret_post; S256).
	 */
	private Map<String, Object> mastodonMetadata() {
		String base = fake.baseUrl();
		Map<String, Object> json = Json
			.obj("issuer", fake.issuer(), "authorization_endpoint", base + "/oauth/authorize", "token_endpoint",
					base + "/oauth/token", "revocation_endpoint", base + "/oauth/revoke", "userinfo_endpoint",
					base + "/oauth/userinfo", "scopes_supported", mode.knownScopes(), "response_types_supported",
					List.of("code"), "response_modes_supported", List.of("query", "fragment"), "grant_types_supported",
					mode.tokenExpires() ? List.of("authorization_code", "client_credentials", "refresh_token")
							: List.of("authorization_code", "client_credentials"),
					"token_endpoint_auth_methods_supported",
					mode.acceptsBasicAuth() ? List.of("client_secret_basic", "client_secret_post")
							: List.of("client_secret_post"),
					"code_challenge_methods_supported", List.of("S256"), "service_documentation",
					"https://docs.joinmastodon.org/", "app_registration_endpoint", base + "/api/v1/apps");
		if (fake.issEnabled()) {
			json.put("authorization_response_iss_parameter_supported", true);
		}
		return json;
	}

	/**
	 * Misskey 2023.9+'s document for its own (IndieAuth-style) OAuth; not verified in
	 * source.
	 */
	private Map<String, Object> misskeyMetadata() {
		String base = fake.baseUrl();
		Map<String, Object> json = Json.obj("issuer", base, "authorization_endpoint", base + "/oauth/authorize",
				"token_endpoint", base + "/oauth/token", "scopes_supported", ServerScopes.MISSKEY_PERMISSIONS,
				"response_types_supported", List.of("code"), "grant_types_supported", List.of("authorization_code"),
				"service_documentation", "https://misskey-hub.net", "code_challenge_methods_supported",
				List.of("S256"));
		if (fake.issEnabled()) {
			json.put("authorization_response_iss_parameter_supported", true);
		}
		return json;
	}

	private Map<String, Object> nodeinfo() {
		Map<String, Object> software = Json.obj("name", mode.software(), "version", mode.softwareVersion());
		if (schema().equals("2.1")) {
			software.put("repository", "https://example.invalid/" + mode.software());
		}
		return Json.obj("version", schema(), "software", software, "protocols", List.of("activitypub"), "services",
				Json.obj("outbound", List.of(), "inbound", List.of()), "usage",
				Json.obj("users", Json.obj("total", 2, "activeMonth", 1, "activeHalfyear", 2), "localPosts",
						store.statuses().size()),
				"openRegistrations", true, "metadata",
				Json.obj("nodeName", Pages.SITE, "nodeDescription", "A fake server for testing"));
	}

	/**
	 * Mastodon 4.x /api/v2/instance (mastodon/documentation
	 * content/en/entities/Instance.md). {@code domain} is the handles' domain: Mastodon's
	 * app/serializers/rest/instance_serializer.rb line 12 sends InstancePresenter#domain,
	 * {@code Rails.configuration.x.local_domain} (LOCAL_DOMAIN), which differs from the
	 * web domain on split-domain servers ({@link #accountDomain}).
	 */
	private Map<String, Object> instanceV2() {
		String base = fake.baseUrl();
		Map<String, Object> json = Json.obj("domain", fake.accountDomain(), "title", Pages.SITE, "version",
				mode.versionString(), "source_url", "https://github.com/mastodon/mastodon", "description",
				description(), "usage", Json.obj("users", Json.obj("active_month", 42)), "thumbnail",
				Json.obj("url", base + "/thumbnail.png", "blurhash", "UeKUpFxuo~R%0nW;WCnhF6RjaJt757oJodS$", "versions",
						Json.obj("@1x", base + "/thumbnail.png", "@2x", base + "/thumbnail.png")),
				"icon", List.of(), "languages", List.of("en"), "configuration", configuration(true), "registrations",
				Json.obj("enabled", registrationsOpen(), "approval_required", fake.registrationsNeedApproval(),
						"message", null, "url", null),
				"contact", Json.obj("email", "admin@fake.social", "account", null), "rules", rules());
		if (mode.modernAppEntity()) {
			json.put("api_versions", Json.obj("mastodon", 7)); // not verified: 4.5's
																// number
		}
		return json;
	}

	/**
	 * /api/v1/instance; Pleroma puts the full URL in {@code uri}, everyone else the
	 * domain.
	 */
	private Map<String, Object> instanceV1() {
		String base = fake.baseUrl();
		return Json.obj("uri", mode.instanceUriIsUrl() ? base : fake.hostAndPort(), "title", Pages.SITE,
				"short_description", "A fake server for testing.", "description", description(), "email",
				"admin@fake.social", "version", mode.versionString(), "urls",
				Json.obj("streaming_api", "ws://" + fake.hostAndPort()), "stats",
				Json.obj("user_count", 2, "status_count", store.statuses().size(), "domain_count", 1), "thumbnail",
				base + "/thumbnail.png", "languages", List.of("en"), "registrations", registrationsOpen(),
				"approval_required", fake.registrationsNeedApproval(), "invites_enabled", false, "configuration",
				configuration(false), "contact_account", null, "rules", rules());
	}

	private String description() {
		String html = fake.descriptionOverride();
		return html != null ? html
				: "A fake Mastodon-compatible server for trying and testing Tootkey. Nothing here is real.";
	}

	private boolean registrationsOpen() {
		Boolean open = fake.registrationsEnabled();
		return open == null || open;
	}

	/**
	 * This site is the account domain of another fake
	 * ({@link FakeMastodon#delegateAccountsTo}). host-meta is RFC 6415's XRD with an
	 * {@code lrdd} template, as Mastodon serves it (mastodon/mastodon
	 * app/views/well_known/host_meta/show.xml.ruby).
	 */
	private Reply delegated(Call c) {
		FakeMastodon api = fake.delegate();
		String webfinger = api.baseUrl() + "/.well-known/webfinger";
		switch (fake.delegation()) {
			case WEBFINGER_REDIRECT -> {
				if (c.path.equals("/.well-known/webfinger")) {
					Reply found = Reply.redirect(webfinger + (c.rawQuery != null ? "?" + c.rawQuery : ""));
					return new Reply(301, found.headers(), found.body());
				}
			}
			case WEBFINGER_ANSWER -> {
				if (c.path.equals("/.well-known/webfinger")) {
					String resource = c.params().present("resource");
					String prefix = "acct:";
					if (resource == null || !resource.startsWith(prefix)
							|| !resource.endsWith("@" + fake.hostAndPort())) {
						return Reply.json(404, Json.obj("error", "Record not found"));
					}
					String name = resource.substring(prefix.length(), resource.lastIndexOf('@')).replaceFirst("^@", "");
					return Reply
						.json(200,
								Json.obj("subject", resource, "links",
										List.of(Json.obj("rel", "self", "type", "application/activity+json", "href",
												api.baseUrl() + "/users/" + name))))
						.withHeader("Content-Type", "application/jrd+json; charset=utf-8");
				}
			}
			case HOST_META -> {
				if (c.path.equals("/.well-known/webfinger")) {
					return Reply.html(404, Pages.notFound());
				}
				if (c.path.equals("/.well-known/host-meta")) {
					String xrd = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
							+ "<XRD xmlns=\"http://docs.oasis-open.org/ns/xri/xrd-1.0\">\n"
							+ "  <Link rel=\"lrdd\" template=\"" + webfinger + "?resource={uri}\"/>\n</XRD>\n";
					return Reply.of(200, "application/xrd+xml; charset=utf-8",
							xrd.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				}
			}
		}
		return null;
	}

	private Map<String, Object> configuration(boolean v2) {
		Map<String, Object> json = Json.obj("accounts", Json.obj("max_featured_tags", 10, "max_pinned_statuses", 5),
				"statuses",
				Json.obj("max_characters", 500, "max_media_attachments", 4, "characters_reserved_per_url", 23),
				"media_attachments",
				Json.obj("supported_mime_types",
						List.of("image/jpeg", "image/png", "image/gif", "image/webp", "video/mp4", "audio/mpeg"),
						"image_size_limit", 16_777_216, "image_matrix_limit", 33_177_600, "video_size_limit",
						103_809_024, "video_frame_rate_limit", 120, "video_matrix_limit", 8_294_400),
				"polls", Json.obj("max_options", 4, "max_characters_per_option", 50, "min_expiration", 300,
						"max_expiration", 2_629_746));
		if (v2) {
			json.put("urls", Json.obj("streaming", "ws://" + fake.hostAndPort(), "status", null));
			json.put("vapid", Json.obj("public_key", Entities.VAPID_KEY));
			json.put("translation", Json.obj("enabled", false));
		}
		return json;
	}

	private static List<Object> rules() {
		return List.of(Json.obj("id", "1", "text", "Be kind.", "hint", ""), Json.obj("id", "2", "text",
				"Automated accounts must be marked as bots.", "hint", "Set the bot flag in your profile."));
	}

	/**
	 * RFC 7033 for {@code acct:name@host:port} or the profile URL (Mastodon's
	 * /.well-known/webfinger).
	 */
	private Reply webfinger(Call c) {
		String resource = c.params().present("resource");
		if (resource == null) {
			return Reply.json(400, Json.obj("error", "Missing resource parameter"));
		}
		String base = fake.baseUrl();
		String name = null;
		if (resource.startsWith("acct:")) {
			String acct = resource.substring(5).replaceFirst("^@", "");
			int at = acct.indexOf('@');
			String domain = at > 0 ? acct.substring(at + 1) : "";
			if (domain.equalsIgnoreCase(fake.hostAndPort()) || domain.equalsIgnoreCase(fake.accountDomain())) {
				name = acct.substring(0, at);
			}
		}
		else if (resource.startsWith(base + "/@")) {
			name = resource.substring(base.length() + 2);
		}
		else if (resource.startsWith(base + "/users/")) {
			name = resource.substring(base.length() + 7);
		}
		Store.Account a = name == null ? null : store.account(name);
		if (a == null) {
			return Reply.json(404, Json.obj("error", "Record not found"));
		}
		return Reply
			.json(200,
					Json.obj("subject", "acct:" + a.username + "@" + fake.accountDomain(), "aliases",
							List.of(base + "/@" + a.username, base + "/users/" + a.username), "links",
							List.of(Json.obj("rel", "http://webfinger.net/rel/profile-page", "type", "text/html",
									"href", base + "/@" + a.username),
									Json.obj("rel", "self", "type", "application/activity+json", "href",
											base + "/users/" + a.username),
									Json.obj("rel", "http://webfinger.net/rel/avatar", "type", "image/png", "href",
											base + "/avatars/" + a.username + ".png"))))
			.withHeader("Content-Type", "application/jrd+json; charset=utf-8");
	}

}
