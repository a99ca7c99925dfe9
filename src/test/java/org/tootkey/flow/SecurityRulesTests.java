package org.tootkey.flow;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.tootkey.fake.RecordedRequest;
import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions, the issuer check, proxies and what is left after the reveal. */
class SecurityRulesTests extends FlowTestSupport {

	@Autowired
	WebServerApplicationContext context;

	@Test
	void issuerWhenAdvertisedAndCallbackCarriesAnotherThenStopsBeforeAnyTokenRequest() {
		this.fake.advertiseIss(true);
		chooseServerAndRegister("post-media");
		Hop back = this.browser.authorizeOnServer("bot", "password", "approve");
		assertThat(back.location()).contains("iss=");
		String forged = back.location().replaceAll("iss=[^&]*", "iss=https%3A%2F%2Fevil.example%2F");
		Hop page = this.browser.follow(this.browser.get(forged));
		assertThat(page.uri().getPath()).isEqualTo("/problem/issuer-mismatch");
		assertThat(this.fake.count("POST", "/oauth/token")).isZero();
	}

	@Test
	void issuerWhenAdvertisedAndCallbackOmitsItThenStops() {
		this.fake.advertiseIss(true);
		chooseServerAndRegister("post-media");
		Hop back = this.browser.authorizeOnServer("bot", "password", "approve");
		String stripped = back.location().replaceAll("&iss=[^&]*", "");
		Hop page = this.browser.follow(this.browser.get(stripped));
		assertThat(page.uri().getPath()).isEqualTo("/problem/issuer-mismatch");
		assertThat(this.fake.count("POST", "/oauth/token")).isZero();
	}

	@Test
	void issuerWhenAdvertisedAndMatchingThenJourneySucceeds() {
		this.fake.advertiseIss(true);
		Hop authorized = authorizeAs("bot");
		assertThat(authorized.uri().getPath()).isEqualTo("/authorized");
	}

	@Test
	void startAgainWhenPressedThenTheOldSessionIsGone() {
		chooseServerAndRegister("post-media");
		String before = this.browser.sessionId();
		Hop restart = this.browser.submit("/", "/start", Map.of());
		assertThat(restart.location()).endsWith("/server");
		this.browser.follow(restart);
		assertThat(this.browser.get("/authorize").location()).endsWith("/server");
		assertThat(this.browser.sessionId()).isNotEqualTo(before);
	}

	@Test
	void revealWhenDoneThenNoSessionAndNoCacheHoldsTheTokenOrTheSecret() throws Exception {
		authorizeAs("bot");
		Hop credentials = reveal();
		String token = WizardClient.credential(credentials.body(), "access_token");
		String secret = WizardClient.credential(credentials.body(), "client_secret");
		var manager = ((org.apache.catalina.Context) ((TomcatWebServer) this.context.getWebServer()).getTomcat()
			.getHost()
			.findChildren()[0]).getManager();
		for (var session : manager.findSessions()) {
			String dump = SessionDump.of(session.getSession());
			assertThat(dump).doesNotContain(token).doesNotContain(secret);
		}
		var cache = (com.github.benmanes.caffeine.cache.Cache<?, ?>) this.cacheManager.getCache("server-profiles")
			.getNativeCache();
		String cached = cache.asMap().values().toString();
		assertThat(cached).contains("Fake Social").doesNotContain(token).doesNotContain(secret);
	}

	@Test
	void proxyWhenItSaysHttpsThenCookieIsSecureAndHstsIsSent() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> page = http.send(behindHttpsProxy("/").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
		String csrfCookie = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("TOOTKEY_CSRF="))
			.findFirst()
			.orElseThrow();
		assertThat(csrfCookie).contains("Secure").contains("HttpOnly");
		// the session begins with Start (a browser on https sends the Secure cookie back)
		HttpResponse<String> started = http
			.send(behindHttpsProxy("/start").header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("_csrf=" + URLEncoder.encode(WizardClient.csrf(page.body()), StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(started.statusCode()).isEqualTo(302);
		assertThat(started.headers().firstValue("Strict-Transport-Security")).isPresent();
		assertThat(started.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("TOOTKEY_SESSION=").contains("Secure"));
	}

	private HttpRequest.Builder behindHttpsProxy(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "tootkey.example.org");
	}

	@Test
	void proxyWhenForwardedHeadersArriveThenTheServerGetsThePublicCallback() {
		this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		// The registration is what carries the callback; the proxy's headers arrive with
		// it.
		this.browser.header("X-Forwarded-Proto", "https");
		this.browser.header("X-Forwarded-Host", "tootkey.example.org");
		this.browser.header("X-Forwarded-Port", "443");
		this.browser.submit("/permissions", "/permissions",
				Map.of("preset", "post-text", "appName", "Proxy bot", "website", ""));
		RecordedRequest apps = this.fake.requests()
			.stream()
			.filter((r) -> r.path().equals("/api/v1/apps"))
			.findFirst()
			.orElseThrow();
		assertThat(apps.body()).contains("redirect_uris=https%3A%2F%2Ftootkey.example.org%2Fcallback");
	}

	@Test
	void actuatorWhenAskedThenOnlyHealthAndInfoAreExposed() {
		assertThat(this.browser.get("/actuator/health").status()).isEqualTo(200);
		assertThat(this.browser.get("/actuator/health/liveness").body()).contains("UP");
		assertThat(this.browser.get("/actuator/health/readiness").body()).contains("UP");
		for (String hidden : java.util.List.of("/actuator/env", "/actuator/beans", "/actuator/prometheus",
				"/actuator/metrics", "/actuator/heapdump", "/actuator/sessions")) {
			assertThat(this.browser.get(hidden).status()).as(hidden).isEqualTo(404);
		}
	}

	@Test
	void errorPagesWhenAddressIsUnknownOrMethodWrongThenOurPageWithoutInternals() {
		Hop missing = this.browser.get("/nothing-here");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body()).contains("Page not found").doesNotContain("Whitelabel").doesNotContain("trace");
		Hop unknownRegistration = this.browser.get("/oauth2/authorization/not-a-registration");
		assertThat(unknownRegistration.status()).isEqualTo(302);
		assertThat(this.browser.follow(unknownRegistration).status()).isEqualTo(200);
	}

}
