package org.tootkey.fake;

import java.time.Duration;
import java.util.List;

/**
 * The server programs the fake can imitate. Each constant is a set of flags (its quirks
 * as data); the endpoint code is one implementation that branches on these flags. Every
 * constant says where its facts come from; "not verified in source" marks what is
 * commonly known but was not checked in the program's code for this fake.
 *
 * <p>
 * Sources are cited as {@code owner/repo path}. Mastodon facts come from
 * mastodon/mastodon and mastodon/documentation; Doorkeeper (Mastodon's OAuth library)
 * facts from doorkeeper-gem/doorkeeper.
 */
public enum ServerMode {

	/**
	 * Mastodon 4.5 (the default).
	 * <ul>
	 * <li>RFC 8414 metadata: mastodon/mastodon app/presenters/oauth_metadata_presenter.rb
	 * and app/serializers/oauth_metadata_serializer.rb (issuer = root_url, so with a
	 * trailing slash; token_endpoint_auth_methods_supported is
	 * {@code client_secret_basic client_secret_post} — no {@code none}); the presenter
	 * has no {@code authorization_response_iss_parameter_supported}, so Mastodon does not
	 * send {@code iss} (see {@link FakeMastodon#advertiseIss(boolean)}).</li>
	 * <li>PKCE (S256 only), {@code profile} scope, metadata endpoint: added in 4.3.0
	 * (mastodon/documentation content/en/methods/oauth.md,
	 * content/en/api/oauth-scopes.md).</li>
	 * <li>Apps: redirect_uris string or array, {@code redirect_uris} array and
	 * newline-joined {@code redirect_uri} in the answer (4.3.0),
	 * {@code client_secret_expires_at} (4.4.0): mastodon/documentation
	 * content/en/methods/apps.md.</li>
	 * <li>Codes live 10 minutes (Doorkeeper default, left commented out), tokens never
	 * expire ({@code access_token_expires_in nil}), {@code enforce_configured_scopes},
	 * default scope {@code read}: mastodon/mastodon
	 * config/initializers/doorkeeper.rb.</li>
	 * </ul>
	 */
	MASTODON_4_5(mastodon("4.5.0")),

	/**
	 * Mastodon 4.2: no metadata document (404 — oauth-scopes.md tells clients to treat
	 * 404 as "older than 4.3"), no {@code profile} scope (unknown scope → 422), no PKCE
	 * (added in 4.3.0, methods/oauth.md), the pre-4.3 Application entity (no
	 * {@code scopes}/{@code redirect_uris}), {@code apps/verify_credentials} needs
	 * {@code read} (relaxed in 4.3.0, methods/apps.md). {@code redirect_uris} arrays are
	 * not permitted before 4.3.0, so Rails drops them and the app fails with "Redirect
	 * URI can't be blank" (inferred from methods/apps.md "4.3.0 - added support for
	 * multiple redirect_uris"; not verified in source).
	 */
	MASTODON_4_2(mastodon("4.2.13").oauthMetadata(false)
		.knownScopes(ServerScopes.MASTODON_4_2)
		.pkce(false)
		.modernAppEntity(false)
		.redirectUrisArray(false)
		.userinfo(false)),

	/**
	 * Mastodon 3.5: as 4.2, and {@code /api/v2/instance} does not exist yet (added in
	 * 4.0).
	 */
	MASTODON_3_5(mastodon("3.5.19").oauthMetadata(false)
		.knownScopes(ServerScopes.MASTODON_3_5)
		.pkce(false)
		.modernAppEntity(false)
		.redirectUrisArray(false)
		.userinfo(false)
		.v2Instance(false)),

	/**
	 * Pleroma. external-mirrors/pleroma lib/pleroma/web/o_auth/o_auth_controller.ex: the
	 * authorize page is rendered without validating (client, redirect_uri and scopes are
	 * checked on POST, re-rendering the page with status 401); token errors are 400
	 * {"error":"Invalid credentials"} and an unknown grant_type is a 500 {"error":"Bad
	 * request"}; the token exchange checks neither redirect_uri nor a PKCE verifier;
	 * {@code token_revoke} revokes by token without client authentication; redirect_uris
	 * are split on whitespace. kphrx/pleroma
	 * lib/pleroma/web/api_spec/operations/app_operation.ex: redirect_uris is
	 * {@code oneOf [string, array]} in current Pleroma. v1 instance {@code uri} is the
	 * full URL, version "2.7.2 (compatible; Pleroma …)", /api/v2/instance exists (the
	 * {@code show2.json} view in Pleroma's InstanceView). Token answers carry
	 * refresh_token, expires_in and me; Basic client auth is accepted; denying does not
	 * redirect back; any scope string is accepted at registration (not verified in
	 * source). Read in source (pleroma-social/pleroma @f917285 and
	 * BDX-town/Akkoma @071bb07, same code): the authorize page
	 * (lib/pleroma/web/templates/o_auth/o_auth/show.html.eex, Akkoma lines 33-37 /
	 * Pleroma 28-31) shows "Approve" and a "Cancel" link to {@code /} only to a browser
	 * already logged in; otherwise a "Username" field (Akkoma line 52, Pleroma 45), a
	 * password and "Log In", which logs in and authorizes at once. {@code force_login}
	 * only matters when the browser already holds a token (o_auth_controller.ex Akkoma
	 * line 50, Pleroma 52): then the page is shown again instead of redirecting with that
	 * token.
	 */
	PLEROMA(fediverse("pleroma", "2.9.1", "2.7.2 (compatible; Pleroma 2.9.1)").nodeinfo("/nodeinfo/2.1.json")
		.v2Instance(true)
		.instanceUriIsUrl(true)
		.unknownScopes(UnknownScopes.ACCEPT)
		.grantedScopes(GrantedScopes.REQUESTED_OR_APP)
		.pkce(false)
		.validatesAuthorizeOnGet(false)
		.redirectsOnDeny(false)
		.tokenRedirectCheck(TokenRedirectCheck.IGNORED)
		.tokenLifetime(Duration.ofDays(3650))
		.tokenHasMe(true)
		.revokeNeedsClientAuth(false)
		.errorStyle(ErrorStyle.PLEROMA)),

	/**
	 * Akkoma (Pleroma fork). external-mirrors/akkoma
	 * lib/pleroma/web/mastodon_api/views/instance_view.ex: version "2.7.2 (compatible;
	 * Akkoma …)", v1 {@code uri} is the bare domain ({@code WebFinger.Schema.domain()}),
	 * only {@code show.json} (no /api/v2/instance).
	 * lib/pleroma/web/api_spec/render_error.ex: OpenApiSpex cast errors are 400 with
	 * {"error":"redirect_uris - Invalid string. Got: list.","errors":[…]} — Akkoma's app
	 * schema takes a string (the array form is Pleroma's later {@code oneOf}; Akkoma's
	 * schema itself not verified in source). Otherwise as {@link #PLEROMA}.
	 */
	AKKOMA(fediverse("akkoma", "3.13.2", "2.7.2 (compatible; Akkoma 3.13.2)").nodeinfo("/nodeinfo/2.1.json")
		.v2Instance(false)
		.unknownScopes(UnknownScopes.ACCEPT)
		.grantedScopes(GrantedScopes.REQUESTED_OR_APP)
		.pkce(false)
		.redirectUrisArray(false)
		.validatesAuthorizeOnGet(false)
		.redirectsOnDeny(false)
		.tokenRedirectCheck(TokenRedirectCheck.IGNORED)
		.tokenLifetime(Duration.ofDays(3650))
		.tokenHasMe(true)
		.revokeNeedsClientAuth(false)
		.errorStyle(ErrorStyle.PLEROMA)),

	/**
	 * GoToSocial. superseriousbusiness/gotosocial internal/api/auth/token.go: grant_type,
	 * client_id, client_secret and redirect_uri must all be in the token request form,
	 * else 400 invalid_request "… was not set in the token request form".
	 * internal/oauth/server.go: {@code ClientFormHandler} (client credentials from the
	 * form only — Basic alone fails as "client_id was not set"), PKCE S256 only, no
	 * refresh tokens, access tokens never expire (no expires_in), an uncovered scope or
	 * an unregistered redirect URI at the token endpoint is 403, other failures 400 with
	 * "could not get access token: …". internal/api/util/scopes.go: {@code profile}
	 * exists, {@code follow} does not. internal/api/util/errorhandling.go: API errors are
	 * {"error":"Bad Request: …"}. No metadata document, ULID client ids and UUID secrets,
	 * the exact wording of the registration errors and the 10-minute code lifetime: not
	 * verified in source.
	 */
	GOTOSOCIAL(fediverse("gotosocial", "0.19.1 git-ccd5b34", "0.19.1 git-ccd5b34").nodeinfo("/nodeinfo/2.0")
		.knownScopes(ServerScopes.GOTOSOCIAL)
		.acceptsBasicAuth(false)
		.redirectUrisArray(false)
		.errorStyle(ErrorStyle.GOTOSOCIAL)
		.shapes(SecretShapes.Shape.ULID, SecretShapes.Shape.UUID, SecretShapes.Shape.UPPER_48)),

	/**
	 * Friendica. friendica/friendica src/Module/OAuth/Token.php: Basic auth is read only
	 * when the body has no client_id; missing client credentials → 422 "Incomplete
	 * request data"; the application is looked up by client id, secret AND redirect_uri
	 * (a mismatch is a 422); a code is accepted for 5 minutes and is not consumed (the
	 * same token comes back); the token's scope is the application's scopes; an unknown
	 * code is 401; any other grant type is 422 "Unsupported or missing grant type". No
	 * PKCE. /api/v2/instance, the version string and the hex ids: not verified in source.
	 */
	FRIENDICA(fediverse("friendica", "2024.12", "2.8.0 (compatible; Friendica 2024.12)").nodeinfo("/nodeinfo/2.0")
		.unknownScopes(UnknownScopes.IGNORE)
		.grantedScopes(GrantedScopes.APP)
		.pkce(false)
		.redirectUrisArray(false)
		.singleUseCodes(false)
		.codeLifetime(Duration.ofMinutes(5))
		.errorStyle(ErrorStyle.FRIENDICA)
		.shapes(SecretShapes.Shape.HEX_64, SecretShapes.Shape.HEX_64, SecretShapes.Shape.HEX_64)),

	/**
	 * Pixelfed (Laravel Passport on league/oauth2-server): scopes are ignored and every
	 * token gets "read write follow push"; tokens are JWTs that expire (expires_in,
	 * refresh_token) and the token answer has no scope or created_at; numeric client ids;
	 * Basic and body client auth; PKCE S256; league's error bodies (error,
	 * error_description, hint, message); Laravel validation errors are 422 {"message",
	 * "errors"}; nodeinfo at /api/nodeinfo/2.0.json. Not verified in source (the stored
	 * ApiV1Controller.php predates app registration); from Passport/league behaviour.
	 */
	PIXELFED(fediverse("pixelfed", "0.12.4", "3.5.3 (compatible; Pixelfed 0.12.4)").nodeinfo("/api/nodeinfo/2.0.json")
		.unknownScopes(UnknownScopes.IGNORE)
		.grantedScopes(GrantedScopes.FIXED)
		.fixedScopes("read write follow push")
		.tokenLifetime(Duration.ofDays(365))
		.tokenHasScope(false)
		.tokenHasCreatedAt(false)
		.errorStyle(ErrorStyle.PASSPORT)
		.shapes(SecretShapes.Shape.NUMERIC, SecretShapes.Shape.ALNUM_40, SecretShapes.Shape.JWT)),

	/**
	 * Iceshrimp.NET. kaido2ki/Iceshrimp.NET
	 * Iceshrimp.Backend/Controllers/Mastodon/AuthController.cs: client id and secret are
	 * {@code GenerateRandomString(32)}; registration errors are 400 ("Invalid scopes
	 * parameter", "redirect_uris parameter contains invalid protocols", "Invalid website
	 * URL"); the token endpoint only knows authorization_code ("Invalid grant_type"),
	 * looks the code up together with client id and secret (so a wrong secret or an
	 * unknown code are both 401 with Doorkeeper's invalid_client text), refuses a used
	 * code (400), and checks neither redirect_uri nor a PKCE verifier.
	 * Core/Helpers/MastodonOauthHelpers.cs: no {@code profile} scope. Error body shape
	 * {"error": message}, metadata absence and v2 instance: not verified in source.
	 */
	ICESHRIMP_NET(fediverse("iceshrimp", "2024.1-beta6", "4.2.8 (compatible; Iceshrimp.NET/2024.1-beta6)")
		.nodeinfo("/nodeinfo/2.1")
		.knownScopes(ServerScopes.ICESHRIMP)
		.pkce(false)
		.tokenRedirectCheck(TokenRedirectCheck.IGNORED)
		.acceptsBasicAuth(false)
		.clientCredentials(false)
		.validatesWebsite(true)
		.errorStyle(ErrorStyle.ICESHRIMP)
		.shapes(SecretShapes.Shape.ALNUM_32, SecretShapes.Shape.ALNUM_32, SecretShapes.Shape.ALNUM_32)),

	/**
	 * Sharkey (Misskey fork with a Mastodon API layer). Its layer maps only
	 * read/write/follow/push onto Misskey permissions (the Misskey-fork scope tables seen
	 * in the code corpus), so other scopes, {@code profile} included, are silently
	 * dropped and tokens carry "read write follow push". client_id is the base64 of the
	 * Misskey auth-session URL; no PKCE, no Basic, no redirect_uri check at the token
	 * endpoint; Misskey's own page handles a denial. Read in source
	 * (transfem-org/Sharkey @a49eea0, January 2024):
	 * packages/backend/src/server/oauth/OAuth2ProviderService.ts lines 83-92,
	 * {@code /oauth/authorize} decodes client_id and redirects to that Misskey
	 * auth-session page with {@code mastodon=true}, state and redirect_uri
	 * ({@code force_login} ignored); packages/frontend/src/pages/auth.vue lines 36-38, a
	 * Misskey sign-in by username (components/MkSignin.vue line 14) when not logged in;
	 * pages/auth.form.vue lines 16-17, "Cancel" and "Accept" (locales/en-US.yml lines 15,
	 * 346). The token answer's scope is the requested {@code scope} or "read write follow
	 * push" (OAuth2ProviderService.ts line 144); registration maps only scopes starting
	 * with read/write onto Misskey permissions
	 * (packages/backend/src/server/api/mastodon/endpoints/auth.ts lines 49-50).
	 * Authorized apps: Settings → Apps, {@code /settings/apps}
	 * (packages/frontend/src/router.ts line 138, pages/settings/apps.vue).
	 */
	SHARKEY(fediverse("sharkey", "2025.2.2", "4.2.0 (compatible; Sharkey 2025.2.2)").nodeinfo("/nodeinfo/2.1")
		.knownScopes(ServerScopes.SHARKEY)
		.unknownScopes(UnknownScopes.IGNORE)
		.grantedScopes(GrantedScopes.FIXED)
		.fixedScopes("read write follow push")
		.pkce(false)
		.acceptsBasicAuth(false)
		.redirectsOnDeny(false)
		.tokenRedirectCheck(TokenRedirectCheck.IGNORED)
		.errorStyle(ErrorStyle.SHARKEY)
		.shapes(SecretShapes.Shape.BASE64_URL_OF_SESSION, SecretShapes.Shape.ALNUM_32, SecretShapes.Shape.ALNUM_32)),

	/**
	 * Upstream Misskey: no Mastodon API ({@code /api/v1/*} → 404 with Misskey's JSON
	 * error), nodeinfo {@code misskey}. Since 2023.9 it publishes RFC 8414 metadata for
	 * its own IndieAuth-style OAuth (Misskey permission names as scopes, S256,
	 * {@code iss}) — a trap for a client that trusts metadata alone. Not verified in
	 * source.
	 */
	MISSKEY(nonMastodon("misskey", "2025.4.1", "/nodeinfo/2.1", NotFound.MISSKEY_JSON).oauthMetadata(true)
		.advertisesIss(true)),

	/**
	 * Lemmy: nodeinfo {@code lemmy}; its API is /api/v3, so {@code /api/v1/*} is
	 * lemmy-ui's HTML 404 (not verified in source).
	 */
	LEMMY(nonMastodon("lemmy", "0.19.11", "/nodeinfo/2.1", NotFound.HTML)),

	/**
	 * PeerTube: nodeinfo {@code peertube}; its own API lives under /api/v1 but has no
	 * instance/apps (JSON 404; not verified in source).
	 */
	PEERTUBE(nonMastodon("peertube", "7.1.1", "/nodeinfo/2.0.json", NotFound.PEERTUBE_JSON)),

	/** An ordinary website: {@code /} is a 200 HTML page, everything else an HTML 404. */
	PLAIN_WEBSITE(nonMastodon(null, null, null, NotFound.HTML));

	/** What registration does with a scope the server does not know. */
	public enum UnknownScopes {

		/**
		 * Validation error (Mastodon: 422 "ServerScopes doesn't match configured on the
		 * server.").
		 */
		REJECT,
		/** Silently dropped. */
		IGNORE,
		/** Stored as sent. */
		ACCEPT

	}

	/** Which scopes a user token ends up with. */
	public enum GrantedScopes {

		/**
		 * The {@code scope} asked for at /oauth/authorize, or the server default
		 * ({@code read}) when absent (Doorkeeper).
		 */
		REQUESTED,
		/**
		 * The {@code scope} asked for, or all the app's scopes when absent (Pleroma's
		 * {@code ServerScopes.fetch_scopes}).
		 */
		REQUESTED_OR_APP,
		/** Always the app's registered scopes (Friendica). */
		APP,
		/** A fixed set whatever was asked (Pixelfed, Sharkey). */
		FIXED

	}

	/**
	 * How the token endpoint treats {@code redirect_uri} for the authorization_code
	 * grant.
	 */
	public enum TokenRedirectCheck {

		/**
		 * Required and must equal the one used at /oauth/authorize (Doorkeeper,
		 * GoToSocial, Friendica, Passport).
		 */
		EXACT,
		/** Not looked at (Pleroma, Iceshrimp.NET, Sharkey). */
		IGNORED

	}

	/** How a non-existent {@code /api/...} path answers. */
	enum NotFound {

		/**
		 * 404 {"error":"Record not found"} (Mastodon's Api::BaseController rescue of
		 * ActiveRecord::RecordNotFound).
		 */
		MASTODON_JSON, MISSKEY_JSON, PEERTUBE_JSON, HTML

	}

	private final String software;

	private final String softwareVersion;

	private final String instanceVersion;

	private final String nodeinfoPath;

	private final boolean hasMastodonApi;

	private final boolean hasOAuthMetadata;

	private final boolean hasV2Instance;

	private final boolean instanceUriIsUrl;

	private final boolean modernAppEntity;

	private final boolean hasUserinfo;

	private final List<String> knownScopes;

	private final UnknownScopes unknownScopes;

	private final GrantedScopes grantedScopes;

	private final String fixedScopes;

	private final boolean supportsPkce;

	private final boolean acceptsRedirectUrisArray;

	private final boolean validatesAuthorizeOnGet;

	private final boolean redirectsOnDeny;

	private final TokenRedirectCheck tokenRedirectCheck;

	private final boolean acceptsBasicAuth;

	private final boolean supportsClientCredentials;

	private final boolean singleUseCodes;

	private final Duration codeLifetime;

	private final Duration tokenLifetime;

	private final boolean tokenHasScope;

	private final boolean tokenHasCreatedAt;

	private final boolean tokenHasMe;

	private final boolean advertisesIss;

	private final boolean revokeNeedsClientAuth;

	private final int appNameLimit;

	private final boolean validatesWebsite;

	private final ErrorStyle errorStyle;

	private final SecretShapes.Shape clientIdShape;

	private final SecretShapes.Shape secretShape;

	private final SecretShapes.Shape tokenShape;

	private final NotFound apiNotFound;

	ServerMode(Spec s) {
		software = s.software;
		softwareVersion = s.softwareVersion;
		instanceVersion = s.instanceVersion;
		nodeinfoPath = s.nodeinfoPath;
		hasMastodonApi = s.hasMastodonApi;
		hasOAuthMetadata = s.hasOAuthMetadata;
		hasV2Instance = s.hasV2Instance;
		instanceUriIsUrl = s.instanceUriIsUrl;
		modernAppEntity = s.modernAppEntity;
		hasUserinfo = s.hasUserinfo;
		knownScopes = s.knownScopes;
		unknownScopes = s.unknownScopes;
		grantedScopes = s.grantedScopes;
		fixedScopes = s.fixedScopes;
		supportsPkce = s.supportsPkce;
		acceptsRedirectUrisArray = s.acceptsRedirectUrisArray;
		validatesAuthorizeOnGet = s.validatesAuthorizeOnGet;
		redirectsOnDeny = s.redirectsOnDeny;
		tokenRedirectCheck = s.tokenRedirectCheck;
		acceptsBasicAuth = s.acceptsBasicAuth;
		supportsClientCredentials = s.supportsClientCredentials;
		singleUseCodes = s.singleUseCodes;
		codeLifetime = s.codeLifetime;
		tokenLifetime = s.tokenLifetime;
		tokenHasScope = s.tokenHasScope;
		tokenHasCreatedAt = s.tokenHasCreatedAt;
		tokenHasMe = s.tokenHasMe;
		advertisesIss = s.advertisesIss;
		revokeNeedsClientAuth = s.revokeNeedsClientAuth;
		appNameLimit = s.appNameLimit;
		validatesWebsite = s.validatesWebsite;
		errorStyle = s.errorStyle;
		clientIdShape = s.clientIdShape;
		secretShape = s.secretShape;
		tokenShape = s.tokenShape;
		apiNotFound = s.apiNotFound;
	}

	private static Spec mastodon(String version) {
		Spec s = new Spec();
		s.software = "mastodon";
		s.softwareVersion = version;
		s.instanceVersion = version;
		s.nodeinfoPath = "/nodeinfo/2.0";
		return s;
	}

	/**
	 * A program with a Mastodon-compatible API: starts from Mastodon's behaviour minus
	 * the 4.3+ extras.
	 */
	private static Spec fediverse(String software, String version, String instanceVersion) {
		Spec s = mastodon(version);
		s.software = software;
		s.instanceVersion = instanceVersion;
		s.hasOAuthMetadata = false;
		s.modernAppEntity = false;
		s.hasUserinfo = false;
		s.appNameLimit = 0;
		s.validatesWebsite = false;
		return s;
	}

	private static Spec nonMastodon(String software, String version, String nodeinfoPath, NotFound notFound) {
		Spec s = fediverse(software, version, version);
		s.nodeinfoPath = nodeinfoPath;
		s.hasMastodonApi = false;
		s.hasV2Instance = false;
		s.apiNotFound = notFound;
		return s;
	}

	/**
	 * Fluent settings used only while the constants are built; defaults are Mastodon
	 * 4.5's behaviour.
	 */
	private static final class Spec {

		String software;

		String softwareVersion;

		String instanceVersion;

		String nodeinfoPath;

		boolean hasMastodonApi = true;

		boolean hasOAuthMetadata = true;

		boolean hasV2Instance = true;

		boolean instanceUriIsUrl;

		boolean modernAppEntity = true;

		boolean hasUserinfo = true;

		List<String> knownScopes = ServerScopes.MASTODON_4_5;

		UnknownScopes unknownScopes = UnknownScopes.REJECT;

		GrantedScopes grantedScopes = GrantedScopes.REQUESTED;

		String fixedScopes;

		boolean supportsPkce = true;

		boolean acceptsRedirectUrisArray = true;

		boolean validatesAuthorizeOnGet = true;

		boolean redirectsOnDeny = true;

		TokenRedirectCheck tokenRedirectCheck = TokenRedirectCheck.EXACT;

		boolean acceptsBasicAuth = true;

		boolean supportsClientCredentials = true;

		boolean singleUseCodes = true;

		Duration codeLifetime = Duration.ofMinutes(10);

		Duration tokenLifetime;

		boolean tokenHasScope = true;

		boolean tokenHasCreatedAt = true;

		boolean tokenHasMe;

		boolean advertisesIss;

		boolean revokeNeedsClientAuth = true;

		int appNameLimit = 60; // Mastodon's APP_NAME_LIMIT (not verified in source)

		boolean validatesWebsite = true;

		ErrorStyle errorStyle = ErrorStyle.DOORKEEPER;

		SecretShapes.Shape clientIdShape = SecretShapes.Shape.URLSAFE_43;

		SecretShapes.Shape secretShape = SecretShapes.Shape.URLSAFE_43;

		SecretShapes.Shape tokenShape = SecretShapes.Shape.URLSAFE_43;

		NotFound apiNotFound = NotFound.MASTODON_JSON;

		Spec nodeinfo(String path) {
			nodeinfoPath = path;
			return this;
		}

		Spec oauthMetadata(boolean v) {
			hasOAuthMetadata = v;
			return this;
		}

		Spec v2Instance(boolean v) {
			hasV2Instance = v;
			return this;
		}

		Spec instanceUriIsUrl(boolean v) {
			instanceUriIsUrl = v;
			return this;
		}

		Spec modernAppEntity(boolean v) {
			modernAppEntity = v;
			return this;
		}

		Spec userinfo(boolean v) {
			hasUserinfo = v;
			return this;
		}

		Spec knownScopes(List<String> v) {
			knownScopes = v;
			return this;
		}

		Spec unknownScopes(UnknownScopes v) {
			unknownScopes = v;
			return this;
		}

		Spec grantedScopes(GrantedScopes v) {
			grantedScopes = v;
			return this;
		}

		Spec fixedScopes(String v) {
			fixedScopes = v;
			return this;
		}

		Spec pkce(boolean v) {
			supportsPkce = v;
			return this;
		}

		Spec redirectUrisArray(boolean v) {
			acceptsRedirectUrisArray = v;
			return this;
		}

		Spec validatesAuthorizeOnGet(boolean v) {
			validatesAuthorizeOnGet = v;
			return this;
		}

		Spec redirectsOnDeny(boolean v) {
			redirectsOnDeny = v;
			return this;
		}

		Spec tokenRedirectCheck(TokenRedirectCheck v) {
			tokenRedirectCheck = v;
			return this;
		}

		Spec acceptsBasicAuth(boolean v) {
			acceptsBasicAuth = v;
			return this;
		}

		Spec clientCredentials(boolean v) {
			supportsClientCredentials = v;
			return this;
		}

		Spec singleUseCodes(boolean v) {
			singleUseCodes = v;
			return this;
		}

		Spec codeLifetime(Duration v) {
			codeLifetime = v;
			return this;
		}

		Spec tokenLifetime(Duration v) {
			tokenLifetime = v;
			return this;
		}

		Spec tokenHasScope(boolean v) {
			tokenHasScope = v;
			return this;
		}

		Spec tokenHasCreatedAt(boolean v) {
			tokenHasCreatedAt = v;
			return this;
		}

		Spec tokenHasMe(boolean v) {
			tokenHasMe = v;
			return this;
		}

		Spec advertisesIss(boolean v) {
			advertisesIss = v;
			return this;
		}

		Spec revokeNeedsClientAuth(boolean v) {
			revokeNeedsClientAuth = v;
			return this;
		}

		Spec validatesWebsite(boolean v) {
			validatesWebsite = v;
			return this;
		}

		Spec errorStyle(ErrorStyle v) {
			errorStyle = v;
			return this;
		}

		Spec shapes(SecretShapes.Shape clientId, SecretShapes.Shape secret, SecretShapes.Shape token) {
			clientIdShape = clientId;
			secretShape = secret;
			tokenShape = token;
			return this;
		}

	}

	// --- the flags ---

	/** nodeinfo {@code software.name}, or {@code null} when the site has no nodeinfo. */
	public String software() {
		return software;
	}

	public String softwareVersion() {
		return softwareVersion;
	}

	/** The {@code version} field of /api/v1/instance and /api/v2/instance. */
	public String versionString() {
		return instanceVersion;
	}

	public String nodeinfoName() {
		return software;
	}

	/** Where /.well-known/nodeinfo points, or {@code null}. */
	public String nodeinfoPath() {
		return nodeinfoPath;
	}

	/** /api/v1/apps, /oauth/*, /api/v1/instance and friends exist. */
	public boolean hasMastodonApi() {
		return hasMastodonApi;
	}

	public boolean hasOAuthMetadata() {
		return hasOAuthMetadata;
	}

	public boolean hasV1Instance() {
		return hasMastodonApi;
	}

	public boolean hasV2Instance() {
		return hasV2Instance;
	}

	/** v1 instance {@code uri} is {@code https://host} rather than {@code host}. */
	public boolean instanceUriIsUrl() {
		return instanceUriIsUrl;
	}

	/**
	 * Mastodon 4.3+ Application entity (scopes and redirect_uris arrays,
	 * client_secret_expires_at) and behaviour.
	 */
	public boolean modernAppEntity() {
		return modernAppEntity;
	}

	public boolean hasUserinfo() {
		return hasUserinfo;
	}

	public List<String> knownScopes() {
		return knownScopes;
	}

	public UnknownScopes unknownScopes() {
		return unknownScopes;
	}

	public GrantedScopes grantedScopes() {
		return grantedScopes;
	}

	public String fixedScopes() {
		return fixedScopes;
	}

	public boolean supportsPkce() {
		return supportsPkce;
	}

	public boolean acceptsRedirectUrisArray() {
		return acceptsRedirectUrisArray;
	}

	public boolean validatesAuthorizeOnGet() {
		return validatesAuthorizeOnGet;
	}

	public boolean redirectsOnDeny() {
		return redirectsOnDeny;
	}

	/**
	 * The login asks for the e-mail address, not the username: Mastodon
	 * (mastodon/mastodon app/views/auth/sessions/new.html.haml line 13,
	 * {@code f.input :email}) and GoToSocial (superseriousbusiness/gotosocial
	 * web/template/sign-in.tmpl lines 26–34, {@code type="email"};
	 * internal/api/auth/signin.go line 104). The others ask for the username
	 * (Iceshrimp.NET Iceshrimp.Backend/Pages/OAuth/Authorize.cshtml line 112; Pleroma and
	 * Akkoma lib/pleroma/web/templates/o_auth/o_auth/show.html.eex, "Username"; Sharkey
	 * packages/frontend/src/components/MkSignin.vue line 14).
	 */
	public boolean loginByEmail() {
		return switch (this) {
			case MASTODON_4_5, MASTODON_4_2, MASTODON_3_5, GOTOSOCIAL -> true;
			default -> false;
		};
	}

	/**
	 * The consent page lists every account the browser is logged in as, one "Log in
	 * as @name" button each, and offers a login for another: Iceshrimp.NET keeps a
	 * {@code sessions} cookie with several logins (kaido2ki/Iceshrimp.NET
	 * Iceshrimp.Backend/Pages/OAuth/Authorize.cshtml.cs lines 47–53, Authorize.cshtml
	 * lines 93–105).
	 */
	public boolean accountChooser() {
		return this == ICESHRIMP_NET;
	}

	/**
	 * Whether the consent page has a Deny button. GoToSocial's has only "Allow"
	 * (superseriousbusiness/gotosocial web/template/authorize.tmpl line 39);
	 * Iceshrimp.NET's only "Submit" and the "Log in as" buttons
	 * (Iceshrimp.Backend/Pages/OAuth/Authorize.cshtml lines 72, 98, 118). Pleroma and
	 * Akkoma show "Cancel" beside "Approve" (show.html.eex), Sharkey "Cancel" beside
	 * "Accept" (packages/frontend/src/pages/auth.form.vue line 16).
	 */
	public boolean hasDenyButton() {
		return this != GOTOSOCIAL && this != ICESHRIMP_NET;
	}

	/**
	 * The word on the consent page's approve button, each program's own, from its source:
	 * <ul>
	 * <li>Mastodon "Authorize": mastodon/mastodon
	 * app/views/oauth/authorizations/new.html.haml line 37,
	 * {@code form.button t('doorkeeper.authorizations.buttons.authorize')}, which
	 * config/locales/doorkeeper.en.yml reads as "Authorize";</li>
	 * <li>GoToSocial "Allow": superseriousbusiness/gotosocial web/template/authorize.tmpl
	 * line 36 (@0dbe6c5; line 39 in later copies), its only button;</li>
	 * <li>Pleroma and Akkoma "Approve" for a browser logged in there, else the login
	 * form's "Log In", which logs in and authorizes at once:
	 * lib/pleroma/web/templates/o_auth/o_auth/show.html.eex lines 27–31 and 43–52
	 * (pleroma-social/pleroma @f917285), lines 33–37 and 52
	 * (BDX-town/Akkoma @071bb07);</li>
	 * <li>Friendica "Yes": friendica/friendica src/Module/OAuth/Acknowledge.php lines
	 * 40–41 (Yes / No);</li>
	 * <li>Pixelfed "Authorize": pixelfed/pixelfed
	 * resources/views/vendor/passport/authorize.blade.php line 74,
	 * {@code btn-approve">Authorize}, beside "Cancel" (line 83);</li>
	 * <li>Iceshrimp.NET "Submit": kaido2ki/Iceshrimp.NET
	 * Iceshrimp.Backend/Pages/OAuth/Authorize.cshtml line 118 (besides one "Log in as
	 * @name" button per logged-in account, lines 93–99);</li>
	 * <li>Sharkey "Accept": transfem-org/Sharkey
	 * packages/frontend/src/pages/auth.form.vue lines 16–17 ({@code i18n.ts.accept},
	 * locales/en-US.yml line 15), beside "Cancel".</li>
	 * </ul>
	 * Hollo ("Allow", fedify-dev/hollo src/pages/oauth/authorization.tsx lines 122–125)
	 * and snac2 ("OK", mastoapi.c lines 165–182) have no mode here. The wizard keeps its
	 * own copy of these words (KnownSoftware); this one is the server's, independent of
	 * it.
	 * @param loggedIn whether the browser is already logged in there
	 */
	public String approveButton(boolean loggedIn) {
		return switch (this) {
			case GOTOSOCIAL -> "Allow";
			case PLEROMA, AKKOMA -> loggedIn ? "Approve" : "Log In";
			case FRIENDICA -> "Yes";
			case ICESHRIMP_NET -> "Submit";
			case SHARKEY -> "Accept";
			default -> "Authorize";
		};
	}

	/**
	 * GoToSocial clears its session once an authorization is done
	 * (internal/api/auth/authorize.go line 201).
	 */
	public boolean forgetsLoginAfterAuthorizing() {
		return this == GOTOSOCIAL;
	}

	public TokenRedirectCheck tokenRedirectCheck() {
		return tokenRedirectCheck;
	}

	public boolean requiresRedirectUriInTokenRequest() {
		return tokenRedirectCheck == TokenRedirectCheck.EXACT;
	}

	public boolean acceptsBasicAuth() {
		return acceptsBasicAuth;
	}

	public boolean supportsClientCredentials() {
		return supportsClientCredentials;
	}

	public boolean singleUseCodes() {
		return singleUseCodes;
	}

	public Duration defaultCodeLifetime() {
		return codeLifetime;
	}

	/** {@code null} when tokens never expire (no expires_in, no refresh_token). */
	public Duration tokenLifetime() {
		return tokenLifetime;
	}

	public boolean tokenExpires() {
		return tokenLifetime != null;
	}

	public boolean ignoresRequestedScopes() {
		return grantedScopes == GrantedScopes.FIXED || grantedScopes == GrantedScopes.APP;
	}

	public boolean tokenHasScope() {
		return tokenHasScope;
	}

	public boolean tokenHasCreatedAt() {
		return tokenHasCreatedAt;
	}

	public boolean tokenHasMe() {
		return tokenHasMe;
	}

	/** Default of {@link FakeMastodon#advertiseIss(boolean)}. */
	public boolean advertisesIss() {
		return advertisesIss;
	}

	public boolean revokeNeedsClientAuth() {
		return revokeNeedsClientAuth;
	}

	/** Maximum app name length, 0 for none. */
	public int appNameLimit() {
		return appNameLimit;
	}

	public boolean validatesWebsite() {
		return validatesWebsite;
	}

	public boolean hasProfileScope() {
		return knownScopes.contains("profile");
	}

	ErrorStyle errorStyle() {
		return errorStyle;
	}

	SecretShapes.Shape clientIdShape() {
		return clientIdShape;
	}

	SecretShapes.Shape secretShape() {
		return secretShape;
	}

	SecretShapes.Shape tokenShape() {
		return tokenShape;
	}

	NotFound apiNotFound() {
		return apiNotFound;
	}

}
