package org.tootkey.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fake server validates like the real ones: the happy path, and the main ways to get
 * it wrong.
 */
class FakeMastodonTests {

	private static final String CALLBACK = "http://localhost:8080/callback";

	private static final Pattern HIDDEN = Pattern
		.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private FakeMastodon server;

	@BeforeEach
	void start() {
		server = FakeMastodon.start();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	// ------------------------------------------------------------------ the whole dance

	@Test
	void registerAuthorizeExchangeWithPkceAndUseTheToken() throws Exception {
		Map<String, Object> app = json(
				register(server, "Tootkey Test", CALLBACK, "profile write:statuses write:accounts"));
		String clientId = (String) app.get("client_id");
		String clientSecret = (String) app.get("client_secret");
		assertThat(clientId).hasSize(43);
		assertThat(app).containsEntry("redirect_uris", List.of(CALLBACK)).containsEntry("client_secret_expires_at", 0L);

		String verifier = SecretShapes.urlSafe(32);
		Map<String, String> form = consentForm(server,
				authorizeQuery(clientId, CALLBACK, "profile write:statuses write:accounts", "st4te",
						OAuthEndpoints.s256(verifier)) + "&force_login=true&lang=en");
		assertThat(form).containsEntry("client_id", clientId)
			.containsEntry("state", "st4te")
			.containsEntry("code_challenge_method", "S256")
			.containsEntry("force_login", "true");

		HttpResponse<String> approved = approve(server, form, "bot", "password");
		assertThat(approved.statusCode()).isEqualTo(302);
		Map<String, String> callback = query(approved.headers().firstValue("Location").orElseThrow());
		assertThat(callback).containsEntry("state", "st4te").containsKey("code").doesNotContainKey("iss");

		HttpResponse<String> token = postForm(server, "/oauth/token",
				Map.of("grant_type", "authorization_code", "code", callback.get("code"), "client_id", clientId,
						"client_secret", clientSecret, "redirect_uri", CALLBACK, "code_verifier", verifier));
		assertThat(token.statusCode()).isEqualTo(200);
		Map<String, Object> tokenJson = json(token);
		assertThat(tokenJson).containsEntry("token_type", "Bearer")
			.containsEntry("scope", "profile write:statuses write:accounts")
			.containsKey("created_at")
			.doesNotContainKey("expires_in");
		String accessToken = (String) tokenJson.get("access_token");
		assertThat(server.tokenIsValid(accessToken)).isTrue();
		assertThat(server.scopesOfToken(accessToken)).contains("profile write:statuses write:accounts");

		HttpResponse<String> me = get(server, "/api/v1/accounts/verify_credentials", accessToken);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(json(me)).containsEntry("username", "bot")
			.containsEntry("display_name", "Howdy Bot")
			.containsEntry("bot", true)
			.containsEntry("id", "1")
			.containsEntry("avatar", server.baseUrl() + "/avatars/bot.png");
		HttpResponse<byte[]> avatar = http.send(
				HttpRequest.newBuilder(URI.create(server.baseUrl() + "/avatars/bot.png")).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(avatar.headers().firstValue("Content-Type")).contains("image/png");
		assertThat(avatar.body()).startsWith(0x89, 'P', 'N', 'G');

		HttpResponse<String> posted = send(server, "POST", "/api/v1/statuses", accessToken, "application/json",
				"{\"status\":\"Hello from the test\",\"visibility\":\"unlisted\"}");
		assertThat(posted.statusCode()).isEqualTo(200);
		assertThat(json(posted)).containsEntry("visibility", "unlisted");
		assertThat((String) json(posted).get("url")).startsWith(server.baseUrl() + "/@bot/");
		assertThat(server.statusesPosted()).containsExactly("Hello from the test");

		HttpResponse<String> notBot = send(server, "PATCH", "/api/v1/accounts/update_credentials", accessToken,
				"application/x-www-form-urlencoded", "bot=false");
		assertThat(notBot.statusCode()).isEqualTo(200);
		assertThat(server.accountIsBot("bot")).isFalse();

		HttpResponse<String> revoked = postForm(server, "/oauth/revoke",
				Map.of("client_id", clientId, "client_secret", clientSecret, "token", accessToken));
		assertThat(revoked.statusCode()).isEqualTo(200);
		assertThat(revoked.body()).isEqualTo("{}");
		assertThat(server.tokenIsValid(accessToken)).isFalse();
		HttpResponse<String> afterRevoke = get(server, "/api/v1/accounts/verify_credentials", accessToken);
		assertThat(afterRevoke.statusCode()).isEqualTo(401);
		assertThat(json(afterRevoke)).containsEntry("error", "The access token was revoked");

		assertThat(server.count("POST", "/oauth/token")).isEqualTo(1);
		RecordedRequest authorize = server.requests()
			.stream()
			.filter(r -> r.path().equals("/oauth/authorize") && r.method().equals("GET"))
			.findFirst()
			.orElseThrow();
		assertThat(authorize.queryParam("force_login")).isEqualTo("true");
		assertThat(authorize.queryParam("lang")).isEqualTo("en");
	}

	// ------------------------------------------------------------------ token endpoint
	// rejections

	@Test
	void wrongSecretIsInvalidClient() throws Exception {
		Flow f = Flow.upToCode(this, server, "read", null);
		HttpResponse<String> r = postForm(server, "/oauth/token", Map.of("grant_type", "authorization_code", "code",
				f.code, "client_id", f.clientId, "client_secret", "nope", "redirect_uri", CALLBACK));
		assertOAuthError(r, 401, "invalid_client",
				"Client authentication failed due to unknown client, no client authentication included, "
						+ "or unsupported authentication method.");
	}

	@Test
	void aCodeWorksOnceOnly() throws Exception {
		Flow f = Flow.upToCode(this, server, "read", null);
		assertThat(f.exchange(this, CALLBACK, null).statusCode()).isEqualTo(200);
		HttpResponse<String> again = f.exchange(this, CALLBACK, null);
		assertOAuthError(again, 400, "invalid_grant",
				"The provided authorization grant is invalid, expired, revoked, does not match the redirection "
						+ "URI used in the authorization request, or was issued to another client.");
	}

	@Test
	void pkceVerifierMustMatchAndBePresent() throws Exception {
		String verifier = SecretShapes.urlSafe(32);
		Flow f = Flow.upToCode(this, server, "read", OAuthEndpoints.s256(verifier));
		HttpResponse<String> missing = f.exchange(this, CALLBACK, null);
		assertOAuthError(missing, 400, "invalid_request", "Missing required parameter: code_verifier.");
		HttpResponse<String> wrong = f.exchange(this, CALLBACK, SecretShapes.urlSafe(32));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(json(wrong)).containsEntry("error", "invalid_grant");
		assertThat(f.exchange(this, CALLBACK, verifier).statusCode()).isEqualTo(200);
	}

	@Test
	void redirectUriMustBeTheOneUsedAtAuthorize() throws Exception {
		Flow f = Flow.upToCode(this, server, "read", null);
		HttpResponse<String> other = f.exchange(this, "http://localhost:8080/other", null);
		assertThat(other.statusCode()).isEqualTo(400);
		assertThat(json(other)).containsEntry("error", "invalid_grant");
		HttpResponse<String> none = f.exchange(this, null, null);
		assertThat(json(none)).containsEntry("error", "invalid_request")
			.containsEntry("error_description", "Missing required parameter: redirect_uri.");
	}

	@Test
	void expiredCodeIsInvalidGrant() throws Exception {
		server.codeLifetime(Duration.ofMillis(1));
		Flow f = Flow.upToCode(this, server, "read", null);
		Thread.sleep(20);
		assertThat(json(f.exchange(this, CALLBACK, null))).containsEntry("error", "invalid_grant");
	}

	@Test
	void httpBasicClientAuthenticationWorksInMastodonMode() throws Exception {
		Flow f = Flow.upToCode(this, server, "read", null);
		String basic = Base64.getEncoder()
			.encodeToString((f.clientId + ":" + f.clientSecret).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/oauth/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					Form.encode(Map.of("grant_type", "authorization_code", "code", f.code, "redirect_uri", CALLBACK))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).isEqualTo(200);
	}

	@Test
	void unsupportedGrantTypeAndClientCredentials() throws Exception {
		Map<String, Object> app = json(register(server, "Tootkey", CALLBACK, "read write"));
		HttpResponse<String> password = postForm(server, "/oauth/token", Map.of("grant_type", "password", "client_id",
				(String) app.get("client_id"), "client_secret", (String) app.get("client_secret")));
		assertThat(password.statusCode()).isEqualTo(400);
		assertThat(json(password)).containsEntry("error", "unsupported_grant_type");

		HttpResponse<String> cc = postForm(server, "/oauth/token", Map.of("grant_type", "client_credentials",
				"client_id", (String) app.get("client_id"), "client_secret", (String) app.get("client_secret")));
		assertThat(cc.statusCode()).isEqualTo(200);
		String appToken = (String) json(cc).get("access_token");
		assertThat(json(cc)).containsEntry("scope", "read");
		assertThat(json(get(server, "/api/v1/apps/verify_credentials", appToken))).containsEntry("name", "Tootkey");
		HttpResponse<String> me = get(server, "/api/v1/accounts/verify_credentials", appToken);
		assertThat(me.statusCode()).isEqualTo(422);
	}

	@Test
	void tokenInfoTellsTheKeysOwnScopesOwnerExpiryAndAppAsDoorkeeperDoes() throws Exception {
		FakeMastodon.Key key = server.issueKey("bot", "Info", null, "profile write:statuses");
		HttpResponse<String> info = get(server, "/oauth/token/info", key.accessToken());
		assertThat(info.statusCode()).isEqualTo(200);
		assertThat(json(info)).containsEntry("resource_owner_id", "1")
			.containsEntry("scope", List.of("profile", "write:statuses"))
			.containsEntry("expires_in", null)
			.containsEntry("application", Map.of("uid", key.clientId()))
			.containsKey("created_at");

		FakeMastodon.Key app = server.issueKey(null, "Script", null, "read");
		assertThat(json(get(server, "/oauth/token/info", app.accessToken()))).containsEntry("resource_owner_id", null);

		server.revokeToken(key.accessToken());
		HttpResponse<String> revoked = get(server, "/oauth/token/info", key.accessToken());
		assertThat(revoked.statusCode()).isEqualTo(401);
		assertThat(json(revoked)).containsEntry("error", "The access token was revoked");
	}

	@Test
	void revokeWithoutValidClientAuthenticationIs403EvenForAnUnknownTokenAndAnotherAppsClientCannotRevoke()
			throws Exception {
		FakeMastodon.Key key = server.issueKey("bot", "Mine", null, "read");
		FakeMastodon.Key other = server.issueKey("bot", "Other", null, "read");
		HttpResponse<String> anonymous = postForm(server, "/oauth/revoke", Map.of("token", "no-such-token"));
		assertThat(anonymous.statusCode()).isEqualTo(403);
		assertThat(json(anonymous)).containsEntry("error", "unauthorized_client");

		HttpResponse<String> unknown = postForm(server, "/oauth/revoke",
				Map.of("client_id", key.clientId(), "client_secret", key.clientSecret(), "token", "no-such-token"));
		assertThat(unknown.statusCode()).isEqualTo(200);

		HttpResponse<String> foreign = postForm(server, "/oauth/revoke", Map.of("client_id", other.clientId(),
				"client_secret", other.clientSecret(), "token", key.accessToken()));
		assertThat(foreign.statusCode()).isEqualTo(403);
		assertThat(server.tokenIsValid(key.accessToken())).isTrue();
	}

	// ------------------------------------------------------------------ registration and
	// authorize rejections

	@Test
	void unknownScopeAtRegistrationIs422() throws Exception {
		HttpResponse<String> r = register(server, "Tootkey", CALLBACK, "read write:sttuses");
		assertThat(r.statusCode()).isEqualTo(422);
		assertThat(json(r)).containsEntry("error",
				"Validation failed: ServerScopes doesn't match configured on the server.");
		HttpResponse<String> relative = register(server, "Tootkey", "/callback", "read");
		assertThat(json(relative)).containsEntry("error", "Validation failed: Redirect URI must be an absolute URI.");
		assertThat(server.apps()).isEmpty();
	}

	@Test
	void redirectUrisMayBeAJsonArrayInMastodon45() throws Exception {
		HttpResponse<String> r = send(server, "POST", "/api/v1/apps", null, "application/json",
				"{\"client_name\":\"Tootkey\",\"redirect_uris\":[\"" + CALLBACK
						+ "\",\"urn:ietf:wg:oauth:2.0:oob\"],\"scopes\":\"read\"}");
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(json(r)).containsEntry("redirect_uri", CALLBACK + "\nurn:ietf:wg:oauth:2.0:oob");
		assertThat(server.apps().get(0).redirectUris()).containsExactly(CALLBACK, "urn:ietf:wg:oauth:2.0:oob");
	}

	@Test
	void authorizeValidatesLikeDoorkeeperAndNeverRedirectsErrors() throws Exception {
		Map<String, Object> app = json(register(server, "Tootkey", CALLBACK, "read write:statuses"));
		String id = (String) app.get("client_id");
		assertThat(
				getPage(server, "/oauth/authorize?" + authorizeQuery("nope", CALLBACK, "read", "s", null)).statusCode())
			.isEqualTo(401);
		for (String query : List.of(authorizeQuery(id, "http://localhost:8080/callback/", "read", "s", null),
				authorizeQuery(id, CALLBACK, "read write", "s", null),
				authorizeQuery(id, CALLBACK, "read", "s", null).replace("response_type=code", "response_type=token"),
				authorizeQuery(id, CALLBACK, "read", "s", "abc") + "&code_challenge_method=plain")) {
			HttpResponse<String> r = getPage(server, "/oauth/authorize?" + query);
			assertThat(r.statusCode()).as(query).isEqualTo(400);
			assertThat(r.headers().firstValue("Location")).isEmpty();
			assertThat(r.body()).contains("An error has occurred");
		}
	}

	@Test
	void wrongPasswordRerendersAndDenyRedirectsWithAccessDenied() throws Exception {
		Map<String, Object> app = json(register(server, "Tootkey", CALLBACK, "read"));
		Map<String, String> form = consentForm(server,
				authorizeQuery((String) app.get("client_id"), CALLBACK, "read", "s1", null));
		HttpResponse<String> wrong = approve(server, form, "bot", "wrong");
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("Invalid username or password.");

		Map<String, String> deny = new LinkedHashMap<>(form);
		deny.put("decision", "deny");
		HttpResponse<String> denied = postForm(server, "/oauth/authorize", deny);
		assertThat(denied.statusCode()).isEqualTo(302);
		assertThat(query(denied.headers().firstValue("Location").orElseThrow())).containsEntry("error", "access_denied")
			.containsEntry("state", "s1");
	}

	@Test
	void insufficientScopeIs403() throws Exception {
		String token = Flow.upToCode(this, server, "read", null).exchangeForToken(this);
		HttpResponse<String> r = send(server, "POST", "/api/v1/statuses", token, "application/x-www-form-urlencoded",
				"status=hi");
		assertThat(r.statusCode()).isEqualTo(403);
		assertThat(json(r)).containsEntry("error", "This action is outside the authorized scopes");
		assertThat(get(server, "/api/v1/accounts/verify_credentials", token).statusCode()).isEqualTo(200); // read
																											// covers
																											// read:accounts
		assertThat(get(server, "/api/v1/nothing", token).body()).isEqualTo("{\"error\":\"Record not found\"}");
	}

	@Test
	void blankStatusIs422() throws Exception {
		String token = Flow.upToCode(this, server, "write:statuses", null).exchangeForToken(this);
		HttpResponse<String> r = send(server, "POST", "/api/v1/statuses", token, "application/x-www-form-urlencoded",
				"status=+");
		assertThat(r.statusCode()).isEqualTo(422);
		assertThat(json(r)).containsEntry("error", "Validation failed: Text can't be blank");
	}

	@Test
	void issIsAKnob() throws Exception {
		assertThat(json(getPage(server, "/.well-known/oauth-authorization-server")))
			.doesNotContainKey("authorization_response_iss_parameter_supported")
			.containsEntry("issuer", server.baseUrl() + "/");
		server.advertiseIss(true);
		assertThat(json(getPage(server, "/.well-known/oauth-authorization-server")))
			.containsEntry("authorization_response_iss_parameter_supported", true);
		Flow f = Flow.upToCode(this, server, "read", null);
		assertThat(f.callback).containsEntry("iss", server.baseUrl() + "/");
	}

	@Test
	void secretsAreDistinct() throws Exception {
		List<String> seen = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			Map<String, Object> app = json(register(server, "App " + i, CALLBACK, "read"));
			seen.add((String) app.get("client_id"));
			seen.add((String) app.get("client_secret"));
		}
		assertThat(seen).doesNotHaveDuplicates();
	}

	// ------------------------------------------------------------------ other programs

	@Test
	void mastodon42HasNoMetadataNoProfileScopeAndRejectsArrays() throws Exception {
		try (FakeMastodon old = FakeMastodon.start(ServerMode.MASTODON_4_2)) {
			assertThat(getPage(old, "/.well-known/oauth-authorization-server").statusCode()).isEqualTo(404);
			assertThat(getPage(old, "/api/v2/instance").statusCode()).isEqualTo(200);
			HttpResponse<String> profile = register(old, "Tootkey", CALLBACK, "profile");
			assertThat(profile.statusCode()).isEqualTo(422);
			HttpResponse<String> array = send(old, "POST", "/api/v1/apps", null, "application/json",
					"{\"client_name\":\"Tootkey\",\"redirect_uris\":[\"" + CALLBACK + "\"]}");
			assertThat(json(array)).containsEntry("error", "Validation failed: Redirect URI can't be blank");
		}
		try (FakeMastodon older = FakeMastodon.start(ServerMode.MASTODON_3_5)) {
			assertThat(getPage(older, "/api/v2/instance").statusCode()).isEqualTo(404);
			assertThat(getPage(older, "/api/v1/instance").statusCode()).isEqualTo(200);
		}
	}

	@Test
	void gotosocialRequiresRedirectUriAndBodyCredentials() throws Exception {
		try (FakeMastodon gts = FakeMastodon.start(ServerMode.GOTOSOCIAL)) {
			assertThat(register(gts, "Tootkey", CALLBACK, "read follow").statusCode()).isEqualTo(400);
			Flow f = Flow.upToCode(this, gts, "read", null);
			assertThat(f.clientId).hasSize(26); // a ULID
			HttpResponse<String> noRedirect = f.exchange(this, null, null);
			assertThat(noRedirect.statusCode()).isEqualTo(400);
			assertThat(json(noRedirect)).containsEntry("error", "invalid_request")
				.containsEntry("error_description", "Bad Request: redirect_uri was not set in the token request form");
			String basic = Base64.getEncoder()
				.encodeToString((f.clientId + ":" + f.clientSecret).getBytes(StandardCharsets.UTF_8));
			HttpResponse<String> basicOnly = http
				.send(HttpRequest.newBuilder(URI.create(gts.baseUrl() + "/oauth/token"))
					.header("Authorization", "Basic " + basic)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(Form
						.encode(Map.of("grant_type", "authorization_code", "code", f.code, "redirect_uri", CALLBACK))))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(basicOnly.statusCode()).isEqualTo(400);
			assertThat(f.exchange(this, CALLBACK, null).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void akkomaRejectsARedirectUrisArray() throws Exception {
		try (FakeMastodon akkoma = FakeMastodon.start(ServerMode.AKKOMA)) {
			HttpResponse<String> r = send(akkoma, "POST", "/api/v1/apps", null, "application/json",
					"{\"client_name\":\"Tootkey\",\"redirect_uris\":[\"" + CALLBACK + "\"],\"scopes\":\"read\"}");
			assertThat(r.statusCode()).isEqualTo(400);
			assertThat(json(r)).containsEntry("error", "redirect_uris - Invalid string. Got: list.");
			assertThat(register(akkoma, "Tootkey", CALLBACK, "read").statusCode()).isEqualTo(200);
			assertThat(json(getPage(akkoma, "/api/v1/instance"))).containsEntry("version",
					"2.7.2 (compatible; Akkoma 3.13.2)");
			assertThat(getPage(akkoma, "/api/v2/instance").statusCode()).isEqualTo(404);
		}
	}

	@Test
	void pleromaDenyStaysOnTheServerAndErrorsAreInvalidCredentials() throws Exception {
		try (FakeMastodon pleroma = FakeMastodon.start(ServerMode.PLEROMA)) {
			assertThat(json(getPage(pleroma, "/api/v1/instance"))).containsEntry("uri", pleroma.baseUrl());
			Map<String, Object> app = json(register(pleroma, "Tootkey", CALLBACK, "read"));
			Map<String, String> form = consentForm(pleroma,
					authorizeQuery((String) app.get("client_id"), CALLBACK, "read", "s", null));
			form.put("decision", "deny");
			HttpResponse<String> denied = postForm(pleroma, "/oauth/authorize", form);
			assertThat(denied.statusCode()).isEqualTo(200);
			assertThat(denied.headers().firstValue("Location")).isEmpty();
			HttpResponse<String> bad = postForm(pleroma, "/oauth/token", Map.of("grant_type", "authorization_code",
					"code", "nope", "client_id", (String) app.get("client_id"), "client_secret", "nope"));
			assertThat(bad.statusCode()).isEqualTo(400);
			assertThat(json(bad)).containsEntry("error", "Invalid credentials");
		}
	}

	@Test
	void pixelfedIgnoresScopesAndIssuesExpiringTokens() throws Exception {
		try (FakeMastodon pixelfed = FakeMastodon.start(ServerMode.PIXELFED)) {
			Flow f = Flow.upToCode(this, pixelfed, "read", null);
			Map<String, Object> token = json(f.exchange(this, CALLBACK, null));
			assertThat(token).containsEntry("token_type", "Bearer")
				.containsKeys("expires_in", "refresh_token")
				.doesNotContainKey("scope");
			assertThat(((String) token.get("access_token")).split("\\.")).hasSize(3);
			assertThat(pixelfed.scopesOfToken((String) token.get("access_token"))).contains("read write follow push");
		}
	}

	@Test
	void friendicaHandsOutTheSameTokenForTheSameCode() throws Exception {
		try (FakeMastodon friendica = FakeMastodon.start(ServerMode.FRIENDICA)) {
			Flow f = Flow.upToCode(this, friendica, "read", null);
			String first = (String) json(f.exchange(this, CALLBACK, null)).get("access_token");
			String second = (String) json(f.exchange(this, CALLBACK, null)).get("access_token");
			assertThat(second).isEqualTo(first);
		}
	}

	@Test
	void iceshrimpAndSharkeyHaveTheirOwnClientIdShapes() throws Exception {
		try (FakeMastodon ice = FakeMastodon.start(ServerMode.ICESHRIMP_NET)) {
			assertThat(register(ice, "Tootkey", CALLBACK, "read profile").statusCode()).isEqualTo(400);
			assertThat((String) json(register(ice, "Tootkey", CALLBACK, "read")).get("client_id"))
				.matches("[A-Za-z0-9]{32}");
		}
		try (FakeMastodon shark = FakeMastodon.start(ServerMode.SHARKEY)) {
			String id = (String) json(register(shark, "Tootkey", CALLBACK, "read profile")).get("client_id");
			assertThat(new String(Base64.getDecoder().decode(id), StandardCharsets.UTF_8))
				.startsWith(shark.baseUrl() + "/auth/");
			assertThat(shark.apps().get(0).scopes()).isEqualTo("read write follow push");
		}
	}

	@ParameterizedTest
	@EnumSource(ServerMode.class)
	void everyModeAnswersDiscoveryAsItsProgramWould(ServerMode mode) throws Exception {
		try (FakeMastodon s = FakeMastodon.start(mode)) {
			HttpResponse<String> wellKnown = getPage(s, "/.well-known/nodeinfo");
			if (mode.nodeinfoName() == null) {
				assertThat(wellKnown.statusCode()).isEqualTo(404);
				assertThat(getPage(s, "/").statusCode()).isEqualTo(200);
			}
			else {
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> links = (List<Map<String, Object>>) json(wellKnown).get("links");
				String href = (String) links.get(0).get("href");
				@SuppressWarnings("unchecked")
				Map<String, Object> software = (Map<String, Object>) json(
						getPage(s, href.substring(s.baseUrl().length())))
					.get("software");
				assertThat(software).containsEntry("name", mode.nodeinfoName());
			}
			assertThat(getPage(s, "/api/v1/instance").statusCode()).isEqualTo(mode.hasMastodonApi() ? 200 : 404);
			assertThat(getPage(s, "/.well-known/oauth-authorization-server").statusCode())
				.isEqualTo(mode.hasOAuthMetadata() ? 200 : 404);
			assertThat(register(s, "Tootkey", CALLBACK, "read").statusCode())
				.isEqualTo(mode.hasMastodonApi() ? 200 : 404);
		}
	}

	// ------------------------------------------------------------------ faults and load

	@Test
	void faultsMisbehaveOnMatchingPathsOnly() throws Exception {
		server.fault("/api/v2/instance", Fault.STATUS_503);
		server.fault("/api/v1/instance", Fault.RATE_LIMITED);
		server.fault("/nodeinfo", Fault.RESET);
		server.fault("/.well-known/nodeinfo", Fault.MALFORMED_JSON);
		assertThat(getPage(server, "/api/v2/instance").statusCode()).isEqualTo(503);
		HttpResponse<String> limited = getPage(server, "/api/v1/instance");
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).contains("30");
		assertThatThrownBy(() -> getPage(server, "/nodeinfo/2.0")).isInstanceOf(IOException.class);
		assertThatThrownBy(() -> json(getPage(server, "/.well-known/nodeinfo")))
			.isInstanceOf(IllegalArgumentException.class);
		server.clearFaults();
		assertThat(getPage(server, "/api/v2/instance").statusCode()).isEqualTo(200);

		server.fault("/oauth/token", Fault.TOKEN_TYPE_LOWERCASE);
		Flow f = Flow.upToCode(this, server, "read", null);
		Map<String, Object> token = json(f.exchange(this, CALLBACK, null));
		assertThat(token).containsEntry("token_type", "bearer");
		assertThat(server.tokenIsValid((String) token.get("access_token"))).isTrue();
		server.fault("/oauth/token", null);

		server.fault("/api/v1/apps", Fault.HUGE_BODY);
		assertThat(register(server, "Tootkey", CALLBACK, "read").body()).hasSize(FaultInjector.HUGE_BYTES);
		server.fault("/api/v1/apps", Fault.WRONG_CONTENT_TYPE);
		assertThat(register(server, "Tootkey", CALLBACK, "read").headers().firstValue("Content-Type"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
	}

	@Test
	void twoHundredConcurrentClients() {
		List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			calls.add(http.sendAsync(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v2/instance")).build(),
					HttpResponse.BodyHandlers.ofString()));
		}
		assertThat(calls).allSatisfy(c -> assertThat(c.join().statusCode()).isEqualTo(200));
		assertThat(server.count("GET", "/api/v2/instance")).isEqualTo(200);
	}

	// ------------------------------------------------------------------ knobs added for
	// issue 3

	@Test
	void grantOnlyWhenSetThenTokensCarryFewerScopesThanAsked() throws Exception {
		server.grantOnly("profile");
		Flow flow = Flow.upToCode(this, server, "profile write:statuses", null);
		String token = flow.exchangeForToken(this);
		assertThat(server.scopesOfToken(token)).hasValue("profile");
	}

	@Test
	void refuseAppsWhenSetThenRegistrationIs422WithTheReason() throws Exception {
		server.refuseApps("Validation failed: Website is invalid");
		HttpResponse<String> r = register(server, "Bot", CALLBACK, "read");
		assertThat(r.statusCode()).isEqualTo(422);
		assertThat(json(r)).containsEntry("error", "Validation failed: Website is invalid");
		assertThat(server.apps()).isEmpty();
	}

	@Test
	void registrationsAndDescriptionWhenSetThenInstanceReportsThem() throws Exception {
		server.registrations(false, true);
		server.description("<p>Hi</p>");
		Map<String, Object> v2 = json(getPage(server, "/api/v2/instance"));
		@SuppressWarnings("unchecked")
		Map<String, Object> registrations = (Map<String, Object>) v2.get("registrations");
		assertThat(registrations).containsEntry("enabled", false).containsEntry("approval_required", true);
		assertThat(v2).containsEntry("description", "<p>Hi</p>");
		Map<String, Object> v1 = json(getPage(server, "/api/v1/instance"));
		assertThat(v1).containsEntry("registrations", false).containsEntry("approval_required", true);
	}

	@ParameterizedTest
	@EnumSource(FakeMastodon.Delegation.class)
	void delegateAccountsToWhenSetThenHandlesOnThisSiteLeadToTheApiServer(FakeMastodon.Delegation how)
			throws Exception {
		try (FakeMastodon site = FakeMastodon.start(ServerMode.PLAIN_WEBSITE)) {
			site.delegateAccountsTo(server, how);
			String resource = "?resource="
					+ java.net.URLEncoder.encode("acct:bot@" + site.hostAndPort(), StandardCharsets.UTF_8);
			HttpResponse<String> first = getPage(site, "/.well-known/webfinger" + resource);
			String webfinger;
			switch (how) {
				case WEBFINGER_ANSWER -> {
					assertThat(first.statusCode()).isEqualTo(200);
					assertThat(first.body()).contains(server.baseUrl() + "/users/bot");
					return;
				}
				case WEBFINGER_REDIRECT -> {
					assertThat(first.statusCode()).isEqualTo(301);
					webfinger = first.headers().firstValue("Location").orElseThrow();
				}
				default -> {
					assertThat(first.statusCode()).isEqualTo(404);
					String xrd = getPage(site, "/.well-known/host-meta").body();
					Matcher template = Pattern.compile("template=\"([^\"]+)\"").matcher(xrd);
					assertThat(template.find()).isTrue();
					webfinger = template.group(1).replace("{uri}", resource.substring("?resource=".length()));
				}
			}
			assertThat(webfinger).startsWith(server.baseUrl() + "/.well-known/webfinger?resource=");
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(webfinger)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(json(answer)).containsEntry("subject", "acct:bot@" + site.hostAndPort());
			assertThat(answer.body()).contains(server.baseUrl() + "/users/bot");
		}
	}

	@Test
	void rateLimitedResetOnlyWhenSetThenNoRetryAfterButAResetTime() throws Exception {
		server.fault("/api/", Fault.RATE_LIMITED_RESET_ONLY);
		HttpResponse<String> r = getPage(server, "/api/v2/instance");
		assertThat(r.statusCode()).isEqualTo(429);
		assertThat(r.headers().firstValue("Retry-After")).isEmpty();
		assertThat(java.time.Instant.parse(r.headers().firstValue("X-RateLimit-Reset").orElseThrow()))
			.isAfter(java.time.Instant.now().plusSeconds(200));
	}

	// ------------------------------------------------------------------ helpers

	/**
	 * Registration, consent and approval as the bot, ending with a code at the callback.
	 */
	private static final class Flow {

		final FakeMastodon server;

		final String clientId;

		final String clientSecret;

		final Map<String, String> callback;

		final String code;

		private Flow(FakeMastodon server, String clientId, String clientSecret, Map<String, String> callback) {
			this.server = server;
			this.clientId = clientId;
			this.clientSecret = clientSecret;
			this.callback = callback;
			this.code = callback.get("code");
		}

		static Flow upToCode(FakeMastodonTests t, FakeMastodon server, String scope, String challenge)
				throws Exception {
			Map<String, Object> app = json(t.register(server, "Tootkey", CALLBACK, scope));
			String id = (String) app.get("client_id");
			Map<String, String> form = t.consentForm(server, authorizeQuery(id, CALLBACK, scope, "s", challenge));
			HttpResponse<String> approved = t.approve(server, form, "bot", "password");
			assertThat(approved.statusCode()).as(approved.body()).isEqualTo(302);
			return new Flow(server, id, (String) app.get("client_secret"),
					query(approved.headers().firstValue("Location").orElseThrow()));
		}

		HttpResponse<String> exchange(FakeMastodonTests t, String redirectUri, String verifier) throws Exception {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("grant_type", "authorization_code");
			form.put("code", code);
			form.put("client_id", clientId);
			form.put("client_secret", clientSecret);
			form.put("redirect_uri", redirectUri);
			form.put("code_verifier", verifier);
			return t.postForm(server, "/oauth/token", form);
		}

		String exchangeForToken(FakeMastodonTests t) throws Exception {
			return (String) json(exchange(t, CALLBACK, null)).get("access_token");
		}

	}

	private static String authorizeQuery(String clientId, String redirectUri, String scope, String state,
			String challenge) {
		Map<String, String> q = new LinkedHashMap<>();
		q.put("response_type", "code");
		q.put("client_id", clientId);
		q.put("redirect_uri", redirectUri);
		q.put("scope", scope);
		q.put("state", state);
		if (challenge != null) {
			q.put("code_challenge", challenge);
			q.put("code_challenge_method", "S256");
		}
		return Form.encode(q);
	}

	/**
	 * GETs the consent page and returns its hidden inputs (the form a browser would post
	 * back).
	 */
	@Test
	void loginWhenProgramLogsInByEmailThenTheUsernameAloneIsRefused() throws Exception {
		try (FakeMastodon s = FakeMastodon.start(ServerMode.MASTODON_4_5)) {
			Map<String, String> form = consentForm(s, appQuery(s));
			Map<String, String> body = new LinkedHashMap<>(form);
			body.put("username", "bot");
			body.put("password", "password");
			body.put("decision", "approve");
			HttpResponse<String> refused = postForm(s, "/oauth/authorize", body);
			assertThat(refused.statusCode()).isEqualTo(200);
			assertThat(refused.body()).contains("Invalid username or password.", "type=\"email\"");
		}
	}

	@Test
	void authorizeWhenBrowserIsLoggedInThenConsentNamesTheAccountAndNeedsNoPassword() throws Exception {
		try (FakeMastodon s = FakeMastodon.start(ServerMode.MASTODON_4_5)) {
			String cookie = FakeMastodon.SESSION_COOKIE + "=" + s.logInBrowser("alice");
			String query = appQuery(s);
			HttpResponse<String> page = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create(s.baseUrl() + "/oauth/authorize?" + query + "&force_login=true"))
					.header("Cookie", cookie)
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(page.body()).contains("Logged in as <strong>@alice</strong>").doesNotContain("id=\"password\"");
			Map<String, String> body = new LinkedHashMap<>();
			Matcher m = HIDDEN.matcher(page.body());
			while (m.find()) {
				body.put(unescape(m.group(1)), unescape(m.group(2)));
			}
			body.put("decision", "approve");
			HttpResponse<String> approved = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(s.baseUrl() + "/oauth/authorize"))
					.header("Cookie", cookie)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(Form.encode(body)))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(approved.statusCode()).isEqualTo(302);
			assertThat(approved.headers().firstValue("Location"))
				.hasValueSatisfying((l) -> assertThat(l).contains("code="));
		}
	}

	@ParameterizedTest(name = "{0}: {1}, no {2}")
	@CsvSource(delimiter = '|', textBlock = """
			CLOSE_AFTER_EACH_RESPONSE | HTTP/1.1 200 | connection:
			HTTP_1_0                  | HTTP/1.0 200 | connection:, transfer-encoding
			""")
	void connectionsWhenClosingAfterEachResponseOrHttp10ThenNoConnectionHeaderAndTheSocketEnds(Connections connections,
			String statusLine, String absentHeaders) throws Exception {
		try (FakeMastodon s = FakeMastodon.start(ServerMode.MASTODON_4_5, connections);
				java.net.Socket socket = new java.net.Socket("127.0.0.1", s.port())) {
			socket.setSoTimeout(5000);
			socket.getOutputStream()
				.write(("GET /api/v1/instance HTTP/1.1\r\nHost: " + s.hostAndPort() + "\r\n\r\n")
					.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
			String all = new String(socket.getInputStream().readAllBytes(),
					java.nio.charset.StandardCharsets.ISO_8859_1);
			assertThat(all).startsWith(statusLine).containsIgnoringCase("content-type: application/json");
			assertThat(all.toLowerCase()).doesNotContain(absentHeaders.split(", "));
		}
	}

	/**
	 * An OAuth error answer as Doorkeeper sends it: this status, error and description.
	 */
	private static void assertOAuthError(HttpResponse<String> r, int status, String error, String description) {
		assertThat(r.statusCode()).isEqualTo(status);
		assertThat(json(r)).containsEntry("error", error).containsEntry("error_description", description);
	}

	/** Registers an app on {@code s} and returns an authorize query for it. */
	private String appQuery(FakeMastodon s) throws Exception {
		Map<String, Object> app = json(register(s, "Tootkey", CALLBACK, "read"));
		return authorizeQuery((String) app.get("client_id"), CALLBACK, "read", "s", null);
	}

	private Map<String, String> consentForm(FakeMastodon s, String query) throws Exception {
		HttpResponse<String> page = getPage(s, "/oauth/authorize?" + query);
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("<form method=\"post\" action=\"/oauth/authorize\">",
				"<input name=\"password\" id=\"password\" type=\"password\"", "name=\"decision\" value=\"approve\"");
		Map<String, String> form = new LinkedHashMap<>();
		Matcher m = HIDDEN.matcher(page.body());
		while (m.find()) {
			form.put(unescape(m.group(1)), unescape(m.group(2)));
		}
		return form;
	}

	private HttpResponse<String> approve(FakeMastodon s, Map<String, String> form, String user, String password)
			throws Exception {
		Map<String, String> body = new LinkedHashMap<>(form);
		// Mastodon and GoToSocial log in by e-mail: the fake's accounts are
		// name@fake.social
		body.put("username", s.mode().loginByEmail() && !user.contains("@") ? user + "@fake.social" : user);
		body.put("password", password);
		body.put("decision", "approve");
		return postForm(s, "/oauth/authorize", body);
	}

	private HttpResponse<String> register(FakeMastodon s, String name, String redirectUri, String scopes)
			throws Exception {
		return postForm(s, "/api/v1/apps", Map.of("client_name", name, "redirect_uris", redirectUri, "scopes", scopes));
	}

	private HttpResponse<String> postForm(FakeMastodon s, String path, Map<String, String> form) throws Exception {
		return send(s, "POST", path, null, "application/x-www-form-urlencoded", Form.encode(form));
	}

	private HttpResponse<String> get(FakeMastodon s, String path, String token) throws Exception {
		return send(s, "GET", path, token, null, null);
	}

	private HttpResponse<String> getPage(FakeMastodon s, String path) throws Exception {
		return send(s, "GET", path, null, null, null);
	}

	private HttpResponse<String> send(FakeMastodon s, String method, String path, String token, String type,
			String body) throws IOException, InterruptedException {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUrl() + path))
			.timeout(Duration.ofSeconds(20))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		if (type != null) {
			b.header("Content-Type", type);
		}
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> json(HttpResponse<String> r) {
		return (Map<String, Object>) Json.parse(r.body());
	}

	private static Map<String, String> query(String location) {
		Map<String, String> out = new LinkedHashMap<>();
		Form.parse(URI.create(location).getRawQuery()).forEach((k, v) -> out.put(k, v.get(0)));
		return out;
	}

	private static String unescape(String s) {
		return s.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

}
