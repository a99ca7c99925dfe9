package org.tootkey.fake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How each server family words and codes its OAuth token errors and app-registration
 * errors. The texts are quoted from the sources named on each constant (and on
 * {@link ServerMode}).
 */
enum ErrorStyle {

	/**
	 * Doorkeeper as configured by Mastodon: mastodon/mastodon
	 * config/locales/doorkeeper.en.yml ({@code errors.messages.*}, attribute names
	 * "Application name", "Redirect URI", "ServerScopes", "Application website",
	 * redirect_uri messages) and doorkeeper-gem/doorkeeper
	 * lib/doorkeeper/oauth/authorization_code_request.rb (missing code_verifier /
	 * redirect_uri are {@code invalid_request}; everything about the grant is
	 * {@code invalid_grant}); invalid_client is 401. Registration errors are 422
	 * {"error":"Validation failed: …"} (mastodon/documentation methods/apps.md).
	 */
	DOORKEEPER,
	/**
	 * superseriousbusiness/gotosocial internal/api/auth/token.go,
	 * internal/oauth/server.go, internal/api/util/errorhandling.go.
	 */
	GOTOSOCIAL,
	/**
	 * external-mirrors/pleroma o_auth_controller.ex; external-mirrors/akkoma
	 * lib/pleroma/web/api_spec/render_error.ex.
	 */
	PLEROMA,
	/**
	 * friendica/friendica src/Module/OAuth/Token.php ({@code DI::mstdnError()}; the body
	 * shape is not verified in source).
	 */
	FRIENDICA,
	/** Laravel Passport / league/oauth2-server (Pixelfed); not verified in source. */
	PASSPORT,
	/**
	 * kaido2ki/Iceshrimp.NET Controllers/Mastodon/AuthController.cs messages; body shape
	 * not verified in source.
	 */
	ICESHRIMP,
	/**
	 * Sharkey: OAuth-style bodies like Doorkeeper's, registration errors as {"error": …};
	 * not verified in source.
	 */
	SHARKEY;

	static final String INVALID_CLIENT = "Client authentication failed due to unknown client, no client authentication "
			+ "included, or unsupported authentication method.";
	static final String INVALID_GRANT = "The provided authorization grant is invalid, expired, revoked, does not match "
			+ "the redirection URI used in the authorization request, or was issued to another client.";
	static final String INVALID_SCOPE = "The requested scope is invalid, unknown, or malformed.";
	static final String UNSUPPORTED_GRANT = "The authorization grant type is not supported by the authorization server.";
	static final String ACCESS_DENIED = "The resource owner or authorization server denied the request.";

	private static final String GTS_ADVICE = "If you arrived at this error during a sign in/oauth flow, please try "
			+ "clearing your session cookies and signing in again; if problems persist, make sure you're using the "
			+ "correct credentials";

	private static final String GTS_ADVICE_GRANT = "If you arrived at this error during a sign in/oauth flow, your "
			+ "client is trying to use an unsupported OAuth grant type. Supported grant types are: authorization_code, "
			+ "client_credentials; please reach out to developer of your client";

	private static final String LEAGUE_INVALID_REQUEST = "The request is missing a required parameter, includes an "
			+ "invalid parameter value, includes a parameter more than once, or is otherwise malformed.";

	private static final String LEAGUE_INVALID_GRANT = "The provided authorization grant (e.g., authorization code, "
			+ "resource owner credentials) or refresh token is invalid, expired, revoked, does not match the "
			+ "redirection URI used in the authorization request, or was issued to another client.";

	/** What went wrong at the token endpoint. */
	enum TokenProblem {

		/** A required parameter is absent; the detail is its name. */
		MISSING_PARAM,
		/**
		 * Unknown client, wrong secret, or no client authentication the server accepts.
		 */
		INVALID_CLIENT,
		/**
		 * Code unknown ("unknown"), used ("used"), expired ("expired"), or the PKCE
		 * verifier does not match ("pkce").
		 */
		INVALID_GRANT,
		/**
		 * The redirect_uri differs from the one used at /oauth/authorize; detail is the
		 * URI sent.
		 */
		REDIRECT_MISMATCH,
		/** Requested scope not within the app's scopes (client_credentials). */
		INVALID_SCOPE, UNSUPPORTED_GRANT_TYPE,
		/**
		 * A code_verifier was sent to a server without PKCE support (Doorkeeper's
		 * {@code not_support_pkce}).
		 */
		PKCE_NOT_SUPPORTED

	}

	/** What is wrong with an app registration. */
	enum AppProblem {

		NAME_BLANK, NAME_TOO_LONG, REDIRECT_BLANK, REDIRECT_RELATIVE, REDIRECT_FRAGMENT, REDIRECT_INVALID,
		REDIRECT_FORBIDDEN, REDIRECT_ARRAY, SCOPE_UNKNOWN, SCOPE_DUPLICATE, WEBSITE_INVALID

	}

	record Issue(AppProblem problem, String value) {
	}

	Reply token(TokenProblem problem, String detail) {
		return switch (this) {
			case DOORKEEPER, SHARKEY -> doorkeeperToken(problem, detail);
			case GOTOSOCIAL -> gotosocialToken(problem, detail);
			case PLEROMA ->
				problem == TokenProblem.UNSUPPORTED_GRANT_TYPE ? Reply.json(500, Json.obj("error", "Bad request"))
						: Reply.json(400, Json.obj("error", "Invalid credentials"));
			case FRIENDICA -> friendicaToken(problem, detail);
			case PASSPORT -> passportToken(problem, detail);
			case ICESHRIMP -> iceshrimpToken(problem, detail);
		};
	}

	private static Reply doorkeeperToken(TokenProblem problem, String detail) {
		if (problem == TokenProblem.MISSING_PARAM && "client_id".equals(detail)) {
			problem = TokenProblem.INVALID_CLIENT; // no client authentication at all:
													// server.client is nil
		}
		else if (problem == TokenProblem.MISSING_PARAM && "code".equals(detail)) {
			problem = TokenProblem.INVALID_GRANT; // no code: server.grant is nil
		}
		return switch (problem) {
			case MISSING_PARAM -> oauth(400, "invalid_request", "Missing required parameter: " + detail + ".");
			case INVALID_CLIENT -> oauth(401, "invalid_client", INVALID_CLIENT).withHeader("WWW-Authenticate",
					"Bearer realm=\"Doorkeeper\", error=\"invalid_client\", error_description=\"" + INVALID_CLIENT
							+ "\"");
			case INVALID_GRANT, REDIRECT_MISMATCH -> oauth(400, "invalid_grant", INVALID_GRANT);
			case INVALID_SCOPE -> oauth(400, "invalid_scope", INVALID_SCOPE);
			case UNSUPPORTED_GRANT_TYPE -> oauth(400, "unsupported_grant_type", UNSUPPORTED_GRANT);
			case PKCE_NOT_SUPPORTED ->
				oauth(400, "invalid_request", "Invalid code_verifier parameter. Server does not support pkce.");
		};
	}

	private static Reply gotosocialToken(TokenProblem problem, String detail) {
		return switch (problem) {
			case MISSING_PARAM -> oauth(400, "invalid_request", "Bad Request: " + ("grant_type".equals(detail)
					? "grant_type was not set in the token request form, but must be set to authorization_code or client_credentials"
					: detail + " was not set in the token request form"));
			case INVALID_CLIENT ->
				oauth(400, "invalid_client", "Bad Request: could not get access token: invalid_client: " + GTS_ADVICE);
			case INVALID_GRANT, PKCE_NOT_SUPPORTED ->
				oauth(400, "invalid_grant", "Bad Request: could not get access token: invalid_grant: " + GTS_ADVICE);
			case REDIRECT_MISMATCH -> oauth(403, "invalid_redirect_uri", "Forbidden: requested redirect URI " + detail
					+ " was not covered by client redirect URIs: " + GTS_ADVICE);
			case INVALID_SCOPE -> oauth(403, "invalid_scope",
					"Forbidden: requested scope " + detail + " was not covered by client scope: " + GTS_ADVICE);
			case UNSUPPORTED_GRANT_TYPE -> oauth(400, "unsupported_grant_type",
					"Bad Request: could not validate token request: unsupported_grant_type: " + GTS_ADVICE_GRANT);
		};
	}

	private static Reply friendicaToken(TokenProblem problem, String detail) {
		return switch (problem) {
			case MISSING_PARAM -> switch (detail) {
				case "grant_type" -> mstdn(422, "Unprocessable Entity", "Unsupported or missing grant type");
				case "redirect_uri" -> mstdn(422, "Unprocessable Entity", ""); // no
																				// application
																				// matches
				case "code" -> mstdn(401, "Unauthorized", ""); // no token matches
				default -> mstdn(422, "Unprocessable Entity", "Incomplete request data");
			};
			case INVALID_CLIENT, REDIRECT_MISMATCH -> mstdn(422, "Unprocessable Entity", "");
			case INVALID_GRANT, INVALID_SCOPE, PKCE_NOT_SUPPORTED -> mstdn(401, "Unauthorized", "");
			case UNSUPPORTED_GRANT_TYPE -> mstdn(422, "Unprocessable Entity", "Unsupported or missing grant type");
		};
	}

	private static Reply passportToken(TokenProblem problem, String detail) {
		return switch (problem) {
			case MISSING_PARAM ->
				league(400, "invalid_request", LEAGUE_INVALID_REQUEST, "Check the `" + detail + "` parameter");
			case INVALID_CLIENT -> league(401, "invalid_client", "Client authentication failed", null);
			case INVALID_GRANT, PKCE_NOT_SUPPORTED ->
				league(400, "invalid_grant", LEAGUE_INVALID_GRANT, switch (String.valueOf(detail)) {
					case "expired" -> "Authorization code has expired";
					case "used" -> "Authorization code has been revoked";
					case "pkce" -> "Failed to verify `code_verifier`.";
					default -> "Cannot decrypt the authorization code";
				});
			case REDIRECT_MISMATCH -> league(400, "invalid_request", LEAGUE_INVALID_REQUEST, "Invalid redirect URI");
			case INVALID_SCOPE -> league(400, "invalid_scope", "The requested scope is invalid, unknown, or malformed",
					"Check the `" + detail + "` scope");
			case UNSUPPORTED_GRANT_TYPE -> league(400, "unsupported_grant_type", UNSUPPORTED_GRANT,
					"Check that all required parameters have been provided");
		};
	}

	private static Reply iceshrimpToken(TokenProblem problem, String detail) {
		return switch (problem) {
			case UNSUPPORTED_GRANT_TYPE -> Reply.json(400, Json.obj("error", "Invalid grant_type"));
			case MISSING_PARAM -> "grant_type".equals(detail) ? Reply.json(400, Json.obj("error", "Invalid grant_type"))
					: Reply.json(401, Json.obj("error", INVALID_CLIENT));
			// the code is looked up together with client id and secret: an unknown code
			// looks like a bad client
			case INVALID_CLIENT -> Reply.json(401, Json.obj("error", INVALID_CLIENT));
			case INVALID_GRANT, REDIRECT_MISMATCH, PKCE_NOT_SUPPORTED ->
				"unknown".equals(detail) ? Reply.json(401, Json.obj("error", INVALID_CLIENT))
						: Reply.json(400, Json.obj("error", INVALID_GRANT));
			case INVALID_SCOPE -> Reply.json(400, Json.obj("error", INVALID_SCOPE));
		};
	}

	/**
	 * Registration errors; Doorkeeper reports every failed validation, the others stop at
	 * the first.
	 */
	Reply app(List<Issue> issues) {
		Issue first = issues.get(0);
		return switch (this) {
			case DOORKEEPER -> Reply.json(422, Json.obj("error", "Validation failed: "
					+ issues.stream().map(ErrorStyle::doorkeeperMessage).distinct().collect(Collectors.joining(", "))));
			case GOTOSOCIAL -> Reply.json(400, Json.obj("error", "Bad Request: " + gotosocialMessage(first)));
			case PLEROMA -> pleromaApp(first);
			case FRIENDICA -> mstdn(422, "Unprocessable Entity", "Missing parameters");
			case PASSPORT -> laravelValidation(first);
			case ICESHRIMP -> Reply.json(400, Json.obj("error", iceshrimpMessage(first)));
			case SHARKEY -> Reply.json(400, Json.obj("error", gotosocialMessage(first)));
		};
	}

	private static String doorkeeperMessage(Issue i) {
		return switch (i.problem()) {
			case NAME_BLANK -> "Application name can't be blank";
			case NAME_TOO_LONG -> "Application name is too long (maximum is 60 characters)";
			case REDIRECT_BLANK, REDIRECT_ARRAY -> "Redirect URI can't be blank";
			case REDIRECT_RELATIVE -> "Redirect URI must be an absolute URI.";
			case REDIRECT_FRAGMENT -> "Redirect URI cannot contain a fragment.";
			case REDIRECT_INVALID -> "Redirect URI must be a valid URI.";
			case REDIRECT_FORBIDDEN -> "Redirect URI is forbidden by the server.";
			case SCOPE_UNKNOWN, SCOPE_DUPLICATE -> "ServerScopes doesn't match configured on the server.";
			case WEBSITE_INVALID -> "Application website is invalid";
		};
	}

	// wording not verified in source
	private static String gotosocialMessage(Issue i) {
		return switch (i.problem()) {
			case NAME_BLANK -> "client_name must be set";
			case NAME_TOO_LONG -> "client_name must be less than 1024 characters";
			case REDIRECT_BLANK -> "redirect_uris must be set";
			case REDIRECT_ARRAY ->
				"json: cannot unmarshal array into Go struct field ApplicationCreateRequest.redirect_uris of type string";
			case REDIRECT_RELATIVE, REDIRECT_FRAGMENT, REDIRECT_INVALID, REDIRECT_FORBIDDEN ->
				"redirect URI " + i.value() + " is not valid";
			case SCOPE_UNKNOWN, SCOPE_DUPLICATE -> "scope " + i.value() + " not recognised";
			case WEBSITE_INVALID -> "website " + i.value() + " is not valid";
		};
	}

	private static Reply pleromaApp(Issue i) {
		String field;
		String message;
		switch (i.problem()) {
			case NAME_BLANK -> {
				field = "client_name";
				message = "Missing field: client_name";
			}
			case REDIRECT_BLANK -> {
				field = "redirect_uris";
				message = "Missing field: redirect_uris";
			}
			case REDIRECT_ARRAY -> {
				field = "redirect_uris";
				message = "Invalid string. Got: list";
			}
			default -> {
				field = "redirect_uris";
				message = "Invalid value";
			}
		}
		String summary = message.startsWith("Missing") ? message + "." : field + " - " + message + ".";
		return Reply.json(400, Json.obj("error", summary, "errors", List
			.of(Json.obj("title", "Invalid value", "source", Json.obj("pointer", "/" + field), "message", message))));
	}

	private static Reply laravelValidation(Issue i) {
		String field = switch (i.problem()) {
			case NAME_BLANK, NAME_TOO_LONG -> "client_name";
			case SCOPE_UNKNOWN, SCOPE_DUPLICATE -> "scopes";
			case WEBSITE_INVALID -> "website";
			default -> "redirect_uris";
		};
		String message = i.problem() == AppProblem.NAME_BLANK || i.problem() == AppProblem.REDIRECT_BLANK
				? "The " + field.replace('_', ' ') + " field is required."
				: "The " + field.replace('_', ' ') + " field format is invalid.";
		Map<String, Object> errors = new LinkedHashMap<>();
		errors.put(field, List.of(message));
		return Reply.json(422, Json.obj("message", message, "errors", errors));
	}

	private static String iceshrimpMessage(Issue i) {
		return switch (i.problem()) {
			case NAME_BLANK -> "The client_name field is required."; // ASP.NET model
																		// validation; not
																		// verified
			case REDIRECT_BLANK, REDIRECT_ARRAY -> "Invalid redirect_uris parameter";
			case REDIRECT_RELATIVE, REDIRECT_FRAGMENT, REDIRECT_INVALID, REDIRECT_FORBIDDEN ->
				"redirect_uris parameter contains invalid protocols";
			case SCOPE_UNKNOWN, SCOPE_DUPLICATE -> "Invalid scopes parameter";
			case WEBSITE_INVALID -> "Invalid website URL";
			case NAME_TOO_LONG -> "Invalid client_name parameter";
		};
	}

	private static Reply oauth(int status, String error, String description) {
		return Reply.json(status, Json.obj("error", error, "error_description", description)).noStore();
	}

	private static Reply mstdn(int status, String error, String description) {
		return Reply.json(status, Json.obj("error", error, "error_description", description));
	}

	private static Reply league(int status, String error, String description, String hint) {
		Map<String, Object> body = Json.obj("error", error, "error_description", description);
		if (hint != null) {
			body.put("hint", hint);
		}
		body.put("message", description);
		return Reply.json(status, body).noStore();
	}

}
