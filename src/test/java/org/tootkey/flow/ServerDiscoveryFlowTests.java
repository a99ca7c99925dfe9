package org.tootkey.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.tootkey.fake.FakeMastodon;
import org.tootkey.fake.FakeMastodon.Delegation;
import org.tootkey.fake.RecordedRequest;
import org.tootkey.fake.ServerMode;
import org.tootkey.server.ServerAddress;
import org.tootkey.server.ServerDiscovery;
import org.tootkey.server.ServerProfile;
import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding the server: a handle whose domain is not the API server (WebFinger, its
 * redirect, host-meta), probes in parallel, the preview before anything is registered,
 * and what the server says about itself shown as safe text.
 */
class ServerDiscoveryFlowTests extends FlowTestSupport {

	@Autowired
	ServerDiscovery discovery;

	@ParameterizedTest(name = "{0}")
	@EnumSource(Delegation.class)
	void serverWhenAccountDomainDiffersFromApiServerThenFindsTheApiServer(Delegation how) {
		try (FakeMastodon accountDomain = FakeMastodon.start(ServerMode.PLAIN_WEBSITE)) {
			accountDomain.delegateAccountsTo(this.fake, how);
			Hop chosen = this.browser.submit("/server", "/server", Map.of("server", accountDomain.baseUrl() + "/@bot"));
			assertThat(chosen.status()).as(chosen.body()).isEqualTo(302);
			assertThat(accountDomain.count("GET", "/.well-known/webfinger")).isEqualTo(1);
			if (how == Delegation.HOST_META) {
				assertThat(accountDomain.count("GET", "/.well-known/host-meta")).isEqualTo(1);
			}
			assertThat(this.fake.count("GET", "/.well-known/webfinger"))
				.isEqualTo((how == Delegation.WEBFINGER_ANSWER) ? 0 : 1);
			assertThat(accountDomain.count("GET", "/api/")).isZero();

			Hop permissions = this.browser.get("/permissions");
			assertThat(permissions.body()).contains("Fake Social",
					this.fake.hostAndPort().replace(":" + this.fake.port(), ""));
			Hop registered = this.browser.submit("/permissions", "/permissions",
					Map.of("preset", "post-text", "appName", "Flow bot", "website", ""));
			assertThat(registered.location()).endsWith("/authorize");
			// the handle's domain is the one the server names (Mastodon's LOCAL_DOMAIN),
			// not the API's
			String handle = "@bot@" + accountDomain.hostAndPort();
			assertThat(this.browser.get("/authorize").body()).contains("Log in as " + handle);
			Hop authorized = this.browser.follow(this.browser.authorizeOnServer("bot", "password", "approve"));
			assertThat(authorized.body()).contains(handle).doesNotContain("@bot@" + this.fake.hostAndPort());
			String credentials = reveal().body();
			assertThat(credentials).contains(handle);
			String token = WizardClient.credential(credentials, "access_token");
			assertThat(this.fake.tokenIsValid(token)).isTrue();
		}
	}

	@Test
	void serverWhenWebFingerKnowsNothingThenUsesTheHandlesOwnDomain() {
		Hop chosen = this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl() + "/@nobody"));
		assertThat(chosen.status()).isEqualTo(302);
		assertThat(this.fake.count("GET", "/.well-known/webfinger")).isEqualTo(1);
		assertThat(this.fake.count("GET", "/.well-known/host-meta")).isEqualTo(1);
	}

	@Test
	void discoveryWhenServerIsSlowThenProbesRunInParallel() {
		this.fake.latency(Duration.ofMillis(400));
		this.browser.get("/server");
		Map<String, String> form = Map.of("server", this.fake.baseUrl(), "_csrf",
				WizardClient.csrf(this.browser.get("/server").body()));
		long started = System.nanoTime();
		Hop chosen = this.browser.post("/server", form);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(chosen.status()).isEqualTo(302);
		// The three probes reach the server together, before any answer (each takes 400
		// ms):
		// one after the other, they would arrive at least 400 ms apart.
		List<Instant> probes = this.fake.requests()
			.stream()
			.filter((r) -> List
				.of("/.well-known/oauth-authorization-server", "/api/v2/instance", "/.well-known/nodeinfo")
				.contains(r.path()))
			.map(RecordedRequest::receivedAt)
			.sorted()
			.toList();
		assertThat(probes).hasSize(3);
		assertThat(Duration.between(probes.get(0), probes.get(2))).isLessThan(Duration.ofMillis(400));
		// loosely, on a shared machine: about 1 x 400 ms (Mastodon's metadata and v2
		// instance
		// say everything, so NodeInfo's second request is not waited for), where the four
		// requests in a row would take 1.6 s
		assertThat(took).isGreaterThan(Duration.ofMillis(400)).isLessThan(Duration.ofMillis(3000));
	}

	@Test
	void discoveryWhenManyLookUpTheSameNewServerAtOnceThenOneSetOfProbesServesThemAll() throws Exception {
		this.fake.latency(Duration.ofMillis(400));
		ServerAddress address = ServerAddress.parse(this.fake.baseUrl(), true);
		List<CompletableFuture<ServerProfile>> lookUps = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			lookUps.add(CompletableFuture.supplyAsync(() -> this.discovery.discover(address)));
		}
		for (CompletableFuture<ServerProfile> lookUp : lookUps) {
			assertThat(lookUp.get(10, TimeUnit.SECONDS).address()).isEqualTo(address);
		}
		assertThat(this.fake.count("GET", "/api/v2/instance")).isEqualTo(1);
		assertThat(this.fake.count("GET", "/.well-known/oauth-authorization-server")).isEqualTo(1);
	}

	@Test
	void permissionsWhenShownThenPreviewComesBeforeAnythingIsRegistered() {
		this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		Hop page = this.browser.get("/permissions");
		assertThat(page.body()).contains("Fake Social", "Mastodon 4.5.0", "New accounts: open to everyone",
				"42 people active this month");
		assertThat(this.fake.count("POST", "/api/v1/apps")).isZero();
	}

	@Test
	void permissionsWhenDescriptionHasHtmlThenShowsItAsPlainText() {
		this.fake.description("<p>Bots <b>welcome</b>!<script>alert('x')</script><img src=x onerror=alert(1)></p>");
		this.browser.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		String html = this.browser.get("/permissions").body();
		assertThat(html).contains("Bots welcome!").doesNotContain("<b>welcome", "alert(", "onerror");
	}

}
