package org.tootkey.fake;

import java.util.List;

/**
 * Bearer-token checks as Mastodon's Api::BaseController does them (mastodon/mastodon
 * app/controllers/api/base_controller.rb: {@code doorkeeper_unauthorized_render_options}
 * renders the Doorkeeper error description, {@code doorkeeper_forbidden_render_options}
 * renders "This action is outside the authorized scopes"). Descriptions from
 * config/locales/doorkeeper.en.yml {@code invalid_token}: unknown "The access token is
 * invalid", revoked "The access token was revoked", expired "The access token expired".
 * The other programs are given the same answers (not verified in source).
 */
final class Bearer {

	private Bearer() {
	}

	/** Either the token, or the error reply to send. */
	record Result(Store.Token token, Reply error) {
	}

	/**
	 * @param anyOf the request is allowed if the token permits any of these scopes; empty
	 * = any valid token
	 * @param userRequired an app token (client_credentials) is refused with 422, as
	 * Mastodon's {@code require_user!}
	 */
	static Result check(Store store, Call call, List<String> anyOf, boolean userRequired) {
		Store.Token t = store.token(call.bearerToken());
		if (t == null || !t.usable()) {
			String description = t == null ? "The access token is invalid"
					: t.revoked ? "The access token was revoked" : "The access token expired";
			return new Result(null,
					Reply.json(401, Json.obj("error", description))
						.withHeader("WWW-Authenticate",
								"Bearer realm=\"Doorkeeper\", error=\"invalid_token\", error_description=\""
										+ description + "\""));
		}
		if (!anyOf.isEmpty() && !ServerScopes.permitsAny(t.scopes, anyOf)) {
			return new Result(null, Reply.json(403, Json.obj("error", "This action is outside the authorized scopes"))
				.withHeader("WWW-Authenticate", "Bearer realm=\"Doorkeeper\", error=\"insufficient_scope\", "
						+ "error_description=\"The request requires higher privileges than provided by the access token.\""));
		}
		if (userRequired && t.account == null) {
			return new Result(null, Reply.json(422, Json.obj("error", "This method requires an authenticated user")));
		}
		return new Result(t, null);
	}

}
