package org.tootkey.fake;

import static org.tootkey.fake.ErrorStyle.AppProblem.NAME_BLANK;
import static org.tootkey.fake.ErrorStyle.AppProblem.NAME_TOO_LONG;
import static org.tootkey.fake.ErrorStyle.AppProblem.REDIRECT_ARRAY;
import static org.tootkey.fake.ErrorStyle.AppProblem.REDIRECT_BLANK;
import static org.tootkey.fake.ErrorStyle.AppProblem.REDIRECT_FORBIDDEN;
import static org.tootkey.fake.ErrorStyle.AppProblem.REDIRECT_FRAGMENT;
import static org.tootkey.fake.ErrorStyle.AppProblem.REDIRECT_INVALID;
import static org.tootkey.fake.ErrorStyle.AppProblem.REDIRECT_RELATIVE;
import static org.tootkey.fake.ErrorStyle.AppProblem.SCOPE_UNKNOWN;
import static org.tootkey.fake.ErrorStyle.AppProblem.WEBSITE_INVALID;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Mastodon REST API subset: apps, verify_credentials, update_credentials, statuses;
 * and /api 404s.
 */
final class ApiEndpoints {

	private static final Set<String> VISIBILITIES = Set.of("public", "unlisted", "private", "direct");

	/**
	 * Doorkeeper config in Mastodon: {@code forbid_redirect_uri { |uri| %w[data vbscript
	 * javascript].include?(uri.scheme) }}.
	 */
	private static final Set<String> FORBIDDEN_SCHEMES = Set.of("data", "vbscript", "javascript");

	private static final int MAX_CHARACTERS = 500;

	private final FakeMastodon fake;

	private final ServerMode mode;

	private final Store store;

	ApiEndpoints(FakeMastodon fake) {
		this.fake = fake;
		this.mode = fake.mode();
		this.store = fake.store();
	}

	Reply handle(Call c) {
		if (!c.path.startsWith("/api/")) {
			return null;
		}
		if (mode.hasMastodonApi()) {
			Reply r = route(c);
			if (r != null) {
				return r;
			}
		}
		return notFound();
	}

	private Reply route(Call c) {
		String m = c.method;
		return switch (c.path) {
			case "/api/v1/apps" -> m.equals("POST") ? registerApp(c) : null;
			case "/api/v1/apps/verify_credentials" -> m.equals("GET") ? verifyApp(c) : null;
			case "/api/v1/accounts/verify_credentials" -> m.equals("GET") ? verifyAccount(c) : null;
			case "/api/v1/accounts/update_credentials" ->
				m.equals("PATCH") || m.equals("PUT") ? updateAccount(c) : null;
			case "/api/v1/accounts/lookup" -> m.equals("GET") ? lookup(c) : null;
			case "/api/v1/statuses" -> m.equals("POST") ? postStatus(c) : null;
			default -> null;
		};
	}

	/**
	 * 404 for an unknown /api path, in the program's own way
	 * ({@link ServerMode.NotFound}).
	 */
	Reply notFound() {
		return switch (mode.apiNotFound()) {
			case MASTODON_JSON -> Reply.json(404, Json.obj("error", "Record not found"));
			case MISSKEY_JSON -> Reply.json(404, Json.obj("error", Json.obj("message", "Unknown API endpoint.", "code",
					"UNKNOWN_API_ENDPOINT", "id", "2ca3b769-540a-4f08-9dd5-b5a825b6d0f1", "kind", "client")));
			case PEERTUBE_JSON -> Reply
				.json(404,
						Json.obj("type", "about:blank", "title", "Not Found", "status", 404, "detail",
								"Unknown endpoint"))
				.withHeader("Content-Type", "application/problem+json; charset=utf-8");
			case HTML -> Reply.html(404, Pages.notFound());
		};
	}

	// ------------------------------------------------------------------ apps

	/**
	 * POST /api/v1/apps (form or JSON). Validates like the program does: client_name and
	 * redirect_uris required; each redirect URI absolute (or the OOB URN), no fragment,
	 * no forbidden scheme; every scope known (Doorkeeper's
	 * {@code enforce_configured_scopes}) unless the program ignores or accepts unknown
	 * scopes; website a URL; name at most {@link ServerMode#appNameLimit()} characters.
	 * An array of redirect URIs only where the program takes one.
	 */
	private Reply registerApp(Call c) {
		RegistrationThrottle throttle = fake.registrationThrottle();
		if (throttle != null) {
			Reply limited = throttle.check(c.exchange.getRemoteAddress().getAddress());
			if (limited != null) {
				return limited;
			}
		}
		if (fake.appRefusal() != null) {
			return Reply.json(422, Json.obj("error", fake.appRefusal()));
		}
		Params p = c.params();
		List<ErrorStyle.Issue> issues = new ArrayList<>();

		String name = p.present("client_name");
		if (name == null) {
			issues.add(new ErrorStyle.Issue(NAME_BLANK, null));
		}
		else if (mode.appNameLimit() > 0 && name.length() > mode.appNameLimit()) {
			issues.add(new ErrorStyle.Issue(NAME_TOO_LONG, name));
		}

		List<String> uris = new ArrayList<>();
		if (p.isArray("redirect_uris") && !mode.acceptsRedirectUrisArray()) {
			issues.add(new ErrorStyle.Issue(REDIRECT_ARRAY, String.join(",", p.all("redirect_uris"))));
		}
		else {
			// whitespace-separated, as Doorkeeper splits redirect_uri; a repeated plain
			// field: the last one wins
			List<String> values = p.isArray("redirect_uris") ? p.all("redirect_uris")
					: p.has("redirect_uris") ? List.of(p.get("redirect_uris")) : List.of();
			values.forEach(v -> uris.addAll(ServerScopes.parse(v)));
			if (uris.isEmpty()) {
				issues.add(new ErrorStyle.Issue(REDIRECT_BLANK, null));
			}
			for (String uri : uris) {
				ErrorStyle.AppProblem problem = redirectProblem(uri);
				if (problem != null) {
					issues.add(new ErrorStyle.Issue(problem, uri));
				}
			}
		}

		List<String> asked = List.copyOf(new LinkedHashSet<>(ServerScopes.parse(p.get("scopes"))));
		List<String> scopes = asked.isEmpty() ? List.of("read") : asked;
		switch (mode.unknownScopes()) {
			case REJECT -> scopes.stream()
				.filter(s -> !mode.knownScopes().contains(s))
				.findFirst()
				.ifPresent(s -> issues.add(new ErrorStyle.Issue(SCOPE_UNKNOWN, s)));
			case IGNORE -> {
				List<String> known = scopes.stream().filter(mode.knownScopes()::contains).toList();
				scopes = known.isEmpty() ? List.of("read") : known;
			}
			case ACCEPT -> {
			}
		}
		if (mode.grantedScopes() == ServerMode.GrantedScopes.FIXED) {
			scopes = ServerScopes.parse(mode.fixedScopes());
		}

		String website = p.present("website");
		if (website != null && mode.validatesWebsite() && !isHttpUrl(website)) {
			issues.add(new ErrorStyle.Issue(WEBSITE_INVALID, website));
		}

		if (!issues.isEmpty()) {
			return mode.errorStyle().app(issues);
		}
		Store.App app = store.register(name, website, uris, scopes);
		return Reply.json(200, Entities.credentialApplication(mode, app));
	}

	/**
	 * Doorkeeper's RedirectUriValidator (messages in config/locales/doorkeeper.en.yml).
	 */
	private static ErrorStyle.AppProblem redirectProblem(String uri) {
		if (OAuthEndpoints.OOB.equals(uri)) {
			return null;
		}
		URI parsed;
		try {
			parsed = new URI(uri);
		}
		catch (URISyntaxException e) {
			return REDIRECT_INVALID;
		}
		if (parsed.getScheme() != null && FORBIDDEN_SCHEMES.contains(parsed.getScheme().toLowerCase())) {
			return REDIRECT_FORBIDDEN;
		}
		if (parsed.getRawFragment() != null) {
			return REDIRECT_FRAGMENT;
		}
		if (parsed.getScheme() == null || (!parsed.isOpaque() && parsed.getHost() == null
				&& parsed.getScheme().toLowerCase().startsWith("http"))) {
			return REDIRECT_RELATIVE;
		}
		return null;
	}

	private static boolean isHttpUrl(String s) {
		try {
			URI u = new URI(s);
			return u.getScheme() != null
					&& (u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))
					&& u.getHost() != null;
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	/**
	 * Any valid token since 4.3.0; before that the token needed {@code read}
	 * (mastodon/documentation methods/apps.md).
	 */
	private Reply verifyApp(Call c) {
		Bearer.Result r = Bearer.check(store, c, mode.modernAppEntity() ? List.of() : List.of("read"), false);
		if (r.error() != null) {
			return r.error();
		}
		return Reply.json(200, Entities.application(mode, r.token().app));
	}

	// ------------------------------------------------------------------ accounts

	/** {@code profile} (4.3+), {@code read} or {@code read:accounts}; a user token. */
	private Reply verifyAccount(Call c) {
		List<String> anyOf = mode.hasProfileScope() ? List.of("profile", "read:accounts") : List.of("read:accounts");
		Bearer.Result r = Bearer.check(store, c, anyOf, true);
		if (r.error() != null) {
			return r.error();
		}
		return Reply.json(200, Entities.account(r.token().account, fake.baseUrl(), true));
	}

	/**
	 * PATCH /api/v1/accounts/update_credentials with {@code bot=true|false}
	 * (write:accounts).
	 */
	private Reply updateAccount(Call c) {
		Bearer.Result r = Bearer.check(store, c, List.of("write:accounts"), true);
		if (r.error() != null) {
			return r.error();
		}
		Store.Account a = r.token().account;
		Boolean bot = railsBoolean(c.params().get("bot"));
		if (bot != null) {
			a.bot = bot;
		}
		return Reply.json(200, Entities.account(a, fake.baseUrl(), true));
	}

	/**
	 * ActiveModel::Type::Boolean: "", nil → nil; "0", "f", "false", "off" (any case) →
	 * false; anything else true.
	 */
	private static Boolean railsBoolean(String v) {
		if (v == null || v.isEmpty()) {
			return null;
		}
		return !Set.of("0", "f", "false", "off").contains(v.toLowerCase());
	}

	private Reply lookup(Call c) {
		String acct = c.params().present("acct");
		String name = acct == null ? null : acct.replaceFirst("^@", "").replaceFirst("@.*$", "");
		Store.Account a = name == null ? null : store.account(name);
		return a == null ? Reply.json(404, Json.obj("error", "Record not found"))
				: Reply.json(200, Entities.account(a, fake.baseUrl(), false));
	}

	// ------------------------------------------------------------------ statuses

	/**
	 * POST /api/v1/statuses (write:statuses, a user token). Blank text → 422 "Validation
	 * failed: Text can't be blank"; more than 500 characters → 422 "Validation failed:
	 * Text character limit of 500 exceeded" (the latter and the visibility wording not
	 * verified in source). An Idempotency-Key makes a retry return the same status.
	 */
	private Reply postStatus(Call c) {
		Bearer.Result r = Bearer.check(store, c, List.of("write:statuses"), true);
		if (r.error() != null) {
			return r.error();
		}
		Params p = c.params();
		String text = p.get("status");
		if ((text == null || text.isBlank()) && p.all("media_ids").isEmpty()) {
			return Reply.json(422, Json.obj("error", "Validation failed: Text can't be blank"));
		}
		if (text != null && text.codePointCount(0, text.length()) > MAX_CHARACTERS) {
			return Reply.json(422,
					Json.obj("error", "Validation failed: Text character limit of " + MAX_CHARACTERS + " exceeded"));
		}
		String visibility = p.present("visibility");
		if (visibility != null && !VISIBILITIES.contains(visibility)) {
			return Reply.json(422, Json.obj("error", "Validation failed: Visibility is not included in the list"));
		}
		Store.Status s = store.post(r.token().account, r.token().app, text == null ? "" : text,
				visibility == null ? "public" : visibility, c.header("Idempotency-Key"));
		return Reply.json(200, Entities.status(s, fake.baseUrl()));
	}

}
