package org.tootkey.fake;

import static org.tootkey.fake.ErrorStyle.TokenProblem.INVALID_CLIENT;
import static org.tootkey.fake.ErrorStyle.TokenProblem.INVALID_GRANT;
import static org.tootkey.fake.ErrorStyle.TokenProblem.INVALID_SCOPE;
import static org.tootkey.fake.ErrorStyle.TokenProblem.MISSING_PARAM;
import static org.tootkey.fake.ErrorStyle.TokenProblem.PKCE_NOT_SUPPORTED;
import static org.tootkey.fake.ErrorStyle.TokenProblem.REDIRECT_MISMATCH;
import static org.tootkey.fake.ErrorStyle.TokenProblem.UNSUPPORTED_GRANT_TYPE;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * /oauth/authorize (login-and-consent page), /oauth/token, /oauth/revoke, /oauth/userinfo
 * and /oauth/authorized_applications, validating in Doorkeeper's order unless a
 * {@link ServerMode} flag says otherwise.
 */
final class OAuthEndpoints {

	static final String OOB = "urn:ietf:wg:oauth:2.0:oob";

	private final FakeMastodon fake;

	private final ServerMode mode;

	private final Store store;

	OAuthEndpoints(FakeMastodon fake) {
		this.fake = fake;
		this.mode = fake.mode();
		this.store = fake.store();
	}

	Reply handle(Call c) {
		if (!c.path.startsWith("/oauth/")) {
			return null;
		}
		if (!mode.hasMastodonApi()) {
			return mode.hasOAuthMetadata() ? misskeyOAuth(c) : null;
		}
		return switch (c.path) {
			case "/oauth/authorize" -> switch (c.method) {
				case "GET", "HEAD" -> authorizePage(c);
				case "POST" -> authorizeDecision(c);
				default -> null;
			};
			case "/oauth/token" -> c.method.equals("POST") ? token(c) : null;
			case "/oauth/revoke" -> c.method.equals("POST") ? revoke(c) : null;
			case "/oauth/token/info" ->
				c.method.equals("GET") && "mastodon".equals(mode.software()) ? tokenInfo(c) : null;
			case "/oauth/userinfo" ->
				mode.hasUserinfo() && (c.method.equals("GET") || c.method.equals("POST")) ? userinfo(c) : null;
			case "/oauth/authorized_applications" ->
				c.method.equals("GET") ? Reply.html(200, Pages.authorizedApplications(store.liveTokens())) : null;
			default -> null;
		};
	}

	// ------------------------------------------------------------------ authorize

	/**
	 * Why an authorization request is refused: shown on Doorkeeper's error page, never
	 * redirected.
	 */
	private record Refusal(int status, String error, String description) {
	}

	/** The outcome of the pre-authorization checks. */
	private record Check(Store.App app, List<String> scopes, Refusal refusal) {
		static Check refused(int status, String error, String description) {
			return new Check(null, List.of(), new Refusal(status, error, description));
		}
	}

	/**
	 * Doorkeeper's PreAuthorization validations in its order: client_id, client,
	 * redirect_uri (exactly one of the registered ones), response_type, scopes (each one
	 * registered for the app — exact strings, no hierarchy — and known to the server; an
	 * absent scope means the default {@code read}), code_challenge_method (S256 only).
	 * Doorkeeper renders these on its error page instead of redirecting
	 * (doorkeeper-gem/doorkeeper app/controllers/doorkeeper/authorizations_controller.rb
	 * {@code render_error}, with {@code redirect_on_errors} off); invalid_client is 401,
	 * the rest 400. Descriptions from mastodon/mastodon config/locales/doorkeeper.en.yml;
	 * the code_challenge_method wording is not verified.
	 */
	private Check check(Params p) {
		String clientId = p.present("client_id");
		if (clientId == null) {
			return Check.refused(400, "invalid_request", "Missing required parameter: client_id.");
		}
		Store.App app = store.app(clientId);
		if (app == null) {
			return Check.refused(401, "invalid_client", ErrorStyle.INVALID_CLIENT);
		}
		String redirectUri = p.present("redirect_uri");
		if (redirectUri == null || !app.redirectUris().contains(redirectUri)) {
			return Check.refused(400, "invalid_redirect_uri",
					"The requested redirect uri is malformed or doesn't match client redirect URI.");
		}
		String responseType = p.present("response_type");
		if (responseType == null) {
			return Check.refused(400, "invalid_request", "Missing required parameter: response_type.");
		}
		if (!responseType.equals("code")) {
			return Check.refused(400, "unsupported_response_type",
					"The authorization server does not support this response type.");
		}
		List<String> scopes = grantedScopes(app, p.get("scope"));
		if (scopes == null) {
			return Check.refused(400, "invalid_scope", ErrorStyle.INVALID_SCOPE);
		}
		if (mode.supportsPkce() && p.present("code_challenge") != null
				&& !"S256".equals(p.get("code_challenge_method"))) {
			return Check.refused(400, "invalid_code_challenge_method", "The code challenge method must be S256.");
		}
		return new Check(app, scopes, null);
	}

	/**
	 * The scopes a code would carry, per {@link ServerMode#grantedScopes()}; {@code null}
	 * if the request is not allowed.
	 */
	private List<String> grantedScopes(Store.App app, String requested) {
		List<String> asked = List.copyOf(new LinkedHashSet<>(ServerScopes.parse(requested)));
		return switch (mode.grantedScopes()) {
			case FIXED -> ServerScopes.parse(mode.fixedScopes());
			case APP -> app.scopes();
			case REQUESTED, REQUESTED_OR_APP -> {
				List<String> wanted = !asked.isEmpty() ? asked
						: mode.grantedScopes() == ServerMode.GrantedScopes.REQUESTED ? List.of("read") : app.scopes();
				boolean allowed = wanted.stream()
					.allMatch(s -> app.scopes().contains(s) && (mode.unknownScopes() != ServerMode.UnknownScopes.REJECT
							|| mode.knownScopes().contains(s)));
				yield allowed ? wanted : null;
			}
		};
	}

	private Reply authorizePage(Call c) {
		Params p = c.params();
		if (!mode.validatesAuthorizeOnGet()) {
			// Pleroma renders the form for anything and validates on POST
			Store.App app = store.app(p.present("client_id"));
			List<String> scopes = app == null ? ServerScopes.parse(p.get("scope"))
					: grantedScopesOrAsked(app, p.get("scope"));
			return Reply.html(200, Pages.consent(app == null ? null : app.name(), app == null ? null : app.website(),
					scopes, p.flat(), null, login(c)));
		}
		Check check = check(p);
		if (check.refusal() != null) {
			return errorPage(check.refusal());
		}
		return Reply.html(200,
				Pages.consent(check.app().name(), check.app().website(), check.scopes(), p.flat(), null, login(c)));
	}

	private List<String> grantedScopesOrAsked(Store.App app, String requested) {
		List<String> scopes = grantedScopes(app, requested);
		return scopes != null ? scopes : ServerScopes.parse(requested);
	}

	private Reply authorizeDecision(Call c) {
		Params p = c.params();
		boolean deny = "deny".equals(p.get("decision"));
		if (!mode.validatesAuthorizeOnGet()) {
			return pleromaDecision(c, p, deny);
		}
		Check check = check(p);
		if (check.refusal() != null) {
			return errorPage(check.refusal());
		}
		String redirectUri = p.get("redirect_uri");
		if (deny) {
			return denied(redirectUri, p.get("state"));
		}
		Store.Account account = account(c, p);
		if (account == null) {
			return Reply.html(200, Pages.consent(check.app().name(), check.app().website(), check.scopes(), p.flat(),
					"Invalid username or password.", login(c)));
		}
		return signedIn(c, account, approved(check.app(), account, redirectUri, check.scopes(), p));
	}

	/**
	 * Pleroma's {@code create_authorization}: the user is authenticated first, then the
	 * app, the redirect URI and the scopes are checked, each failure re-rendering the
	 * form with status 401 and a flash message (external-mirrors/pleroma
	 * o_auth_controller.ex {@code handle_create_authorization_error}).
	 */
	private Reply pleromaDecision(Call c, Params p, boolean deny) {
		Store.App app = store.app(p.present("client_id"));
		String name = app == null ? null : app.name();
		String website = app == null ? null : app.website();
		List<String> shown = app == null ? ServerScopes.parse(p.get("scope"))
				: grantedScopesOrAsked(app, p.get("scope"));
		if (deny) {
			return Reply.html(200, Pages.message("Authorization denied", "You did not authorize "
					+ (name == null ? "the application" : name) + ". You can close this window."));
		}
		Store.Account account = account(c, p);
		if (account == null) {
			return Reply.html(200,
					Pages.consent(name, website, shown, p.flat(), "Invalid username or password.", login(c)));
		}
		if (app == null) {
			return Reply.html(401, Pages.consent(null, null, shown, p.flat(),
					"Unknown OAuth app client_id: \"" + p.get("client_id") + "\"", login(c)));
		}
		String redirectUri = p.get("redirect_uri");
		if (redirectUri == null || !app.redirectUris().contains(redirectUri)) {
			return Reply.html(401, Pages.consent(name, website, shown, p.flat(),
					"Redirect URI not requested by the app: \"" + redirectUri + "\"", login(c)));
		}
		List<String> scopes = grantedScopes(app, p.get("scope"));
		if (scopes == null) {
			return Reply.html(401, Pages.consent(name, website, shown, p.flat(),
					"This action is outside the authorized scopes", login(c)));
		}
		return signedIn(c, account, approved(app, account, redirectUri, scopes, p));
	}

	/** How the consent page asks who is authorizing, for the browser making this call. */
	private Pages.Login login(Call c) {
		List<String> loggedIn = fake.loggedIn(c);
		return new Pages.Login(loggedIn, mode.loginByEmail(), mode.accountChooser(), mode.hasDenyButton(),
				mode.approveButton(!loggedIn.isEmpty()));
	}

	/**
	 * Who authorizes: the account picked on the chooser (only one the browser is logged
	 * in as), else the one whose login and password were typed, else the one the browser
	 * is logged in as (not on a chooser: there the person picks). {@code null} when none.
	 */
	private Store.Account account(Call c, Params p) {
		List<String> loggedIn = fake.loggedIn(c);
		String picked = p.get("account");
		if (picked != null && !picked.isBlank()) {
			return loggedIn.contains(picked) ? store.account(picked) : null;
		}
		String login = p.get("username");
		if (login != null && !login.isBlank()) {
			return store.login(login, p.get("password"), mode.loginByEmail());
		}
		if (!loggedIn.isEmpty() && !mode.accountChooser()) {
			return store.account(loggedIn.get(loggedIn.size() - 1));
		}
		return null;
	}

	/**
	 * The approval, with the browser's session at the server updated the program's way.
	 */
	private Reply signedIn(Call c, Store.Account account, Reply approval) {
		if (mode.forgetsLoginAfterAuthorizing()) {
			return approval.withHeader("Set-Cookie", fake.forgetLogin(c));
		}
		return approval.withHeader("Set-Cookie", fake.rememberLogin(c, account.username));
	}

	private Reply approved(Store.App app, Store.Account account, String redirectUri, List<String> asked, Params p) {
		List<String> scopes = fake.grantOverride() != null ? ServerScopes.parse(fake.grantOverride()) : asked;
		String challenge = mode.supportsPkce() ? p.present("code_challenge") : null;
		Store.Grant grant = store.newGrant(app, account, redirectUri, scopes, challenge,
				challenge == null ? null : p.get("code_challenge_method"), fake.currentCodeLifetime());
		if (OOB.equals(redirectUri)) {
			return Reply.html(200, Pages.showCode(grant.code));
		}
		Map<String, String> q = new LinkedHashMap<>();
		q.put("code", grant.code);
		q.put("state", p.get("state"));
		if (fake.issEnabled()) {
			q.put("iss", fake.issuer());
		}
		return Reply.redirect(Form.appendQuery(redirectUri, q));
	}

	/**
	 * Doorkeeper's deny: back to the client with access_denied (and the state); some
	 * programs keep the user instead.
	 */
	private Reply denied(String redirectUri, String state) {
		if (!mode.redirectsOnDeny() || OOB.equals(redirectUri)) {
			return Reply.html(200, Pages.message("Authorization denied",
					"You did not authorize the application. You can close this window."));
		}
		Map<String, String> q = new LinkedHashMap<>();
		q.put("error", "access_denied");
		q.put("error_description", ErrorStyle.ACCESS_DENIED);
		q.put("state", state);
		if (fake.issEnabled()) {
			q.put("iss", fake.issuer());
		}
		return Reply.redirect(Form.appendQuery(redirectUri, q));
	}

	private static Reply errorPage(Refusal r) {
		return Reply.html(r.status(), Pages.oauthError(r.error(), r.description()));
	}

	// ------------------------------------------------------------------ token

	private Reply token(Call c) {
		Params p = c.params();
		String grantType = p.present("grant_type");
		if (grantType == null) {
			return fail(MISSING_PARAM, "grant_type");
		}
		return switch (grantType) {
			case "authorization_code" -> authorizationCode(c, p);
			case "client_credentials" -> mode.supportsClientCredentials() ? clientCredentialsGrant(c, p)
					: fail(UNSUPPORTED_GRANT_TYPE, grantType);
			case "refresh_token" -> mode.tokenExpires() ? refresh(c, p) : fail(UNSUPPORTED_GRANT_TYPE, grantType);
			default -> fail(UNSUPPORTED_GRANT_TYPE, grantType);
		};
	}

	/**
	 * The authorization_code grant in Doorkeeper's validation order
	 * (doorkeeper-gem/doorkeeper lib/doorkeeper/oauth/authorization_code_request.rb):
	 * params (code_verifier when the code has a challenge, redirect_uri) → client → grant
	 * (exists, same client, not expired, not used) → redirect_uri identical →
	 * code_verifier (S256 of it equals the challenge; a verifier for a code without
	 * challenge also fails).
	 */
	private Reply authorizationCode(Call c, Params p) {
		String code = p.present("code");
		String verifier = p.present("code_verifier");
		String redirectUri = p.present("redirect_uri");
		Store.Grant grant = store.grant(code);
		boolean exactRedirect = mode.tokenRedirectCheck() == ServerMode.TokenRedirectCheck.EXACT;

		if (mode.supportsPkce() && grant != null && grant.challenge != null && verifier == null) {
			return fail(MISSING_PARAM, "code_verifier");
		}
		if (exactRedirect && redirectUri == null) {
			return fail(MISSING_PARAM, "redirect_uri");
		}
		Client client = authenticateClient(c, p);
		if (client.refusal() != null) {
			return client.refusal();
		}
		Store.App app = client.app();
		if (code == null) {
			return fail(MISSING_PARAM, "code");
		}
		if (!mode.supportsPkce() && verifier != null && fake.verifierWithoutPkceRejected()) {
			return fail(PKCE_NOT_SUPPORTED, verifier);
		}
		if (grant == null || grant.app != app) {
			return fail(INVALID_GRANT, "unknown");
		}
		if (Instant.now().isAfter(grant.expiresAt)) {
			return fail(INVALID_GRANT, "expired");
		}
		if (mode.singleUseCodes() && grant.used.get()) {
			return fail(INVALID_GRANT, "used");
		}
		if (exactRedirect && !redirectUri.equals(grant.redirectUri)) {
			return app.redirectUris().contains(redirectUri) ? fail(INVALID_GRANT, "redirect")
					: fail(REDIRECT_MISMATCH, redirectUri);
		}
		if (mode.supportsPkce() && (grant.challenge != null || verifier != null)
				&& (grant.challenge == null || !grant.challenge.equals(s256(verifier)))) {
			return fail(INVALID_GRANT, "pkce");
		}
		if (!mode.singleUseCodes()) {
			// Friendica hands out the same token for the same code while the code is
			// fresh
			synchronized (grant) {
				if (grant.token == null) {
					grant.token = store.issue(app, grant.account, grant.scopes);
				}
				return tokenReply(grant.token);
			}
		}
		if (!grant.used.compareAndSet(false, true)) {
			return fail(INVALID_GRANT, "used"); // lost a race against a concurrent
												// exchange of the same code
		}
		grant.token = store.issue(app, grant.account, grant.scopes);
		return tokenReply(grant.token);
	}

	/**
	 * An app-only token; Doorkeeper falls back to the default scope {@code read}, which
	 * must be registered.
	 */
	private Reply clientCredentialsGrant(Call c, Params p) {
		Client client = authenticateClient(c, p);
		if (client.refusal() != null) {
			return client.refusal();
		}
		Store.App app = client.app();
		String scope = p.present("scope");
		List<String> scopes;
		if (mode.ignoresRequestedScopes()) {
			scopes = mode.grantedScopes() == ServerMode.GrantedScopes.FIXED ? ServerScopes.parse(mode.fixedScopes())
					: app.scopes();
		}
		else {
			scopes = scope != null ? List.copyOf(new LinkedHashSet<>(ServerScopes.parse(scope)))
					: mode.grantedScopes() == ServerMode.GrantedScopes.REQUESTED ? List.of("read") : app.scopes();
			if (!app.scopes().containsAll(scopes)) {
				return fail(INVALID_SCOPE, ServerScopes.join(scopes));
			}
		}
		return tokenReply(store.issue(app, null, scopes));
	}

	/** The app the token request's client credentials name, or Doorkeeper's refusal. */
	private Client authenticateClient(Call c, Params p) {
		String[] creds = clientCredentials(c, p);
		if (creds == null) {
			return new Client(null, fail(MISSING_PARAM, "client_id"));
		}
		Store.App app = store.authenticate(creds[0], creds[1]);
		return (app != null) ? new Client(app, null) : new Client(null, fail(INVALID_CLIENT, creds[0]));
	}

	private record Client(Store.App app, Reply refusal) {
	}

	private Reply refresh(Call c, Params p) {
		Client client = authenticateClient(c, p);
		if (client.refusal() != null) {
			return client.refusal();
		}
		Store.App app = client.app();
		Store.Token old = store.byRefreshToken(p.present("refresh_token"));
		if (old == null || old.app != app || old.revoked) {
			return fail(INVALID_GRANT, "unknown");
		}
		old.revoked = true;
		return tokenReply(store.issue(app, old.account, old.scopes));
	}

	/**
	 * Client authentication. Doorkeeper reads HTTP Basic first, then the body (its
	 * default {@code client_credentials :from_basic, :from_params}); the others prefer
	 * the body and, where they accept Basic at all, fall back to it (Friendica: only when
	 * the body has no client_id).
	 */
	private String[] clientCredentials(Call c, Params p) {
		String id = p.present("client_id");
		String[] basic = mode.acceptsBasicAuth() ? c.basicCredentials() : null;
		if (basic != null && (mode.errorStyle() == ErrorStyle.DOORKEEPER || id == null)) {
			return basic;
		}
		return id == null ? null : new String[] { id, p.get("client_secret") };
	}

	private Reply tokenReply(Store.Token t) {
		Map<String, Object> body = new LinkedHashMap<>();
		long now = Instant.now().getEpochSecond();
		if (!mode.tokenHasScope()) {
			// Laravel Passport's bearer token response
			body.put("token_type", "Bearer");
			body.put("expires_in", Duration.between(Instant.now(), t.expiresAt).getSeconds());
			body.put("access_token", t.value);
			body.put("refresh_token", t.refreshToken);
			return Reply.json(200, body).noStore();
		}
		body.put("access_token", t.value);
		body.put("token_type", "Bearer");
		body.put("scope", ServerScopes.join(t.scopes));
		if (mode.tokenHasCreatedAt()) {
			body.put("created_at", t.createdAt.getEpochSecond());
		}
		if (t.expiresAt != null) {
			body.put("expires_in", Math.max(0, t.expiresAt.getEpochSecond() - now));
			body.put("refresh_token", t.refreshToken);
		}
		if (mode.tokenHasMe() && t.account != null) {
			body.put("me", fake.baseUrl() + "/users/" + t.account.username);
		}
		return Reply.json(200, body).noStore();
	}

	private Reply fail(ErrorStyle.TokenProblem problem, String detail) {
		return mode.errorStyle().token(problem, detail);
	}

	static String s256(String verifier) {
		if (verifier == null) {
			return null;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	// ------------------------------------------------------------------ revoke, userinfo

	/**
	 * RFC 7009 as Doorkeeper does it (doorkeeper-gem/doorkeeper
	 * app/controllers/doorkeeper/tokens_controller.rb, 2026-08:
	 * {@code before_action :validate_presence_of_client} (line 5) refuses a request
	 * without valid client authentication with 403 before the token is even looked up
	 * (lines 67-76); then an unknown token is a 200 {} (lines 21-22); a token of another
	 * client is 403 unauthorized_client (lines 27-31, {@code authorized?} at lines
	 * 100-110); otherwise revoked, 200 {}). Mastodon's
	 * {@code OAuth::TokensController#revoke} (mastodon/mastodon
	 * app/controllers/oauth/tokens_controller.rb) only drops push subscriptions, then
	 * calls {@code super}. Pleroma revokes by token alone.
	 */
	private Reply revoke(Call c) {
		Params p = c.params();
		Store.App app = null;
		if (mode.revokeNeedsClientAuth()) {
			String[] creds = clientCredentials(c, p);
			app = creds == null ? null : store.authenticate(creds[0], creds[1]);
			if (app == null) {
				return unauthorizedClient();
			}
		}
		Store.Token t = store.token(p.present("token"));
		if (t == null) {
			return Reply.json(200, Json.obj());
		}
		if (app != null && t.app != app) {
			return unauthorizedClient();
		}
		t.revoked = true;
		return Reply.json(200, Json.obj());
	}

	private static Reply unauthorizedClient() {
		return Reply.json(403, Json.obj("error", "unauthorized_client", "error_description",
				"You are not authorized to revoke this token"));
	}

	/**
	 * Doorkeeper's token info, which Mastodon serves because its {@code use_doorkeeper}
	 * block skips no controller (mastodon/mastodon config/routes.rb;
	 * doorkeeper-gem/doorkeeper lib/doorkeeper/rails/routes.rb {@code token_info_routes}:
	 * GET /oauth/token/info). app/controllers/doorkeeper/token_info_controller.rb: an
	 * accessible token renders its JSON, anything else the 401 invalid_token answer.
	 * lib/doorkeeper/models/access_token_mixin.rb {@code as_json}: resource_owner_id
	 * (null for an app-only token), scope (an array: {@code OAuth::Scopes} is
	 * Enumerable), expires_in (seconds left, null when it never expires;
	 * models/concerns/expirable.rb {@code expires_in_seconds}), application.uid (the
	 * client_id), created_at (epoch seconds).
	 */
	private Reply tokenInfo(Call c) {
		Store.Token t = store.token(c.bearerToken());
		if (t == null || !t.usable()) {
			return Bearer.check(store, c, List.of(), false).error();
		}
		Long expiresIn = t.expiresAt == null ? null
				: Math.max(0, Duration.between(Instant.now(), t.expiresAt).getSeconds());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("resource_owner_id", t.account == null ? null : t.account.id);
		json.put("scope", t.scopes);
		json.put("expires_in", expiresIn);
		json.put("application", Json.obj("uid", t.app.clientId()));
		json.put("created_at", t.createdAt.getEpochSecond());
		return Reply.json(200, json);
	}

	/**
	 * Mastodon 4.4+'s OpenID-style userinfo, needs the {@code profile} scope (not
	 * verified in source).
	 */
	private Reply userinfo(Call c) {
		Bearer.Result r = Bearer.check(store, c, List.of("profile"), true);
		if (r.error() != null) {
			return r.error();
		}
		Store.Account a = r.token().account;
		String url = fake.baseUrl() + "/@" + a.username;
		return Reply.json(200,
				Json.obj("iss", fake.issuer(), "sub", fake.baseUrl() + "/users/" + a.username, "name", a.displayName,
						"preferred_username", a.username, "profile", url, "picture",
						fake.baseUrl() + "/avatars/" + a.username + ".png"));
	}

	/**
	 * Misskey's own OAuth wants an IndieAuth client_id (a URL); a Mastodon client_id gets
	 * nowhere (not verified in source).
	 */
	private Reply misskeyOAuth(Call c) {
		if (c.path.equals("/oauth/authorize")) {
			return Reply.html(400, Pages.oauthError("invalid_request", "client_id must be a URL (IndieAuth)."));
		}
		if (c.path.equals("/oauth/token") && c.method.equals("POST")) {
			return Reply.json(400, Json.obj("error", "invalid_request", "error_description", "Invalid client_id"));
		}
		return null;
	}

}
