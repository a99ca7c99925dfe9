package org.tootkey.flow;

import java.net.HttpCookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.tootkey.fake.RecordedRequest;
import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties a visitor relies on without seeing them: headers, CSRF, no secret in the
 * open.
 */
class SecurityFlowTests extends FlowTestSupport {

	@Test
	void headersWhenAnyPageThenStrictPolicyAndNoReferrerAndNoCaching() {
		Hop start = this.browser.get("/");
		var headers = start.headers();
		String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp)
			.contains("default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
					"form-action 'self'")
			.doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
		assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(headers.firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
		assertThat(headers.firstValue("Permissions-Policy").orElseThrow()).contains("camera=()", "microphone=()",
				"geolocation=()");
		assertThat(headers.firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(headers.firstValue("Pragma")).hasValue("no-cache");
	}

	@Test
	void csrfWhenFormIsSentWithoutTokenThen403AndNoCallToAnyServer() {
		this.browser.get("/server");
		Hop post = this.browser.post("/server", Map.of("server", this.fake.baseUrl()));
		assertThat(post.status()).isEqualTo(403);
		assertThat(post.body()).contains("That didn’t work").doesNotContain("Exception");
		assertThat(this.fake.requests()).isEmpty();
	}

	@Test
	void secretsWhenWholeJourneyRunsThenNoneInOurUrlsLocationsOrCookies() {
		authorizeAs("bot");
		Hop credentials = reveal();
		// The state travels in the authorization URL by design; everything else must not.
		List<String> secrets = secretsSeenByTheServer(List.of("code", "code_verifier", "client_secret"));
		secrets.add(WizardClient.credential(credentials.body(), "access_token"));
		secrets.add(WizardClient.credential(credentials.body(), "client_secret"));
		for (Hop hop : this.browser.hops()) {
			boolean ours = hop.uri().getPort() == this.port;
			if (!ours) {
				continue;
			}
			for (String secret : secrets) {
				if (!hop.uri().getPath().equals("/callback")) {
					assertThat(hop.uri().toString()).as("URL of " + hop.uri().getPath()).doesNotContain(secret);
				}
				if (hop.location() != null) {
					assertThat(hop.location()).as("Location from " + hop.uri().getPath()).doesNotContain(secret);
				}
				hop.headers().allValues("Set-Cookie").forEach((cookie) -> assertThat(cookie).doesNotContain(secret));
			}
		}
		for (HttpCookie cookie : this.browser.cookies().getCookieStore().getCookies()) {
			assertThat(secrets).noneMatch((secret) -> cookie.getValue().contains(secret));
		}
		Hop callback = this.browser.hops()
			.stream()
			.filter((h) -> h.uri().getPath().equals("/callback") && h.uri().getQuery() != null)
			.findFirst()
			.orElseThrow();
		assertThat(callback.location()).as("the callback ends in a redirect without parameters")
			.endsWith("/authorized")
			.doesNotContain("?");
	}

	@Test
	void sessionCookieWhenSetThenHttpOnlyAndSameSiteLax() {
		Hop started = this.browser.submit("/", "/start", Map.of());
		String cookie = started.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("TOOTKEY_SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
		Hop server = this.browser.follow(started);
		assertThat(server.body()).doesNotContain("jsessionid").doesNotContain("TOOTKEY_SESSION=");
	}

	@Test
	void fieldsWhenTheyHoldSecretsThenNoAutocompleteOrSpellcheck() {
		authorizeAs("bot");
		String html = reveal().body();
		for (String name : List.of("client_id", "client_secret", "access_token")) {
			assertThat(html).containsPattern(
					"<input[^>]*data-credential=\"" + name + "\"[^>]*autocomplete=\"off\"[^>]*spellcheck=\"false\"");
		}
	}

	/** Named parameters and every token, as the fake server saw them. */
	private List<String> secretsSeenByTheServer(List<String> names) {
		List<String> secrets = new ArrayList<>();
		for (RecordedRequest request : this.fake.requests()) {
			for (String part : (request.query() + "&" + request.body()).split("&")) {
				String[] pair = part.split("=", 2);
				if (pair.length == 2 && names.contains(pair[0]) && pair[1].length() > 8) {
					secrets.add(java.net.URLDecoder.decode(pair[1], java.nio.charset.StandardCharsets.UTF_8));
				}
			}
		}
		secrets.addAll(this.fake.issuedTokens());
		assertThat(secrets).hasSizeGreaterThanOrEqualTo(4);
		return secrets;
	}

}
