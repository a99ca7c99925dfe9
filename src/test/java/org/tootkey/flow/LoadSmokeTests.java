package org.tootkey.flow;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small version of the load and soak runs in bench/ (issue 7): 20 people at once, each
 * with their own browser, go through the whole wizard; everyone gets credentials, and
 * each token belongs to the app that person's session registered and to the account they
 * logged in as — no mix-ups. No timing assertion beyond a generous upper bound.
 */
class LoadSmokeTests extends SmokeLoadSupport {

	private static final int PEOPLE = 20;

	private static final Pattern CLIENT_ID_IN_AUTHORIZE = Pattern.compile("[?&]client_id=([^&]+)");

	record Outcome(String username, String registeredClientId, String shownClientId, String token) {
	}

	@Test
	void journeysWhenTwentyRunAtOnceThenAllSucceedAndNoTokenIsMixedUp() throws Exception {
		ExecutorService people = Executors.newFixedThreadPool(PEOPLE);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Outcome>> futures = new ArrayList<>();
		try {
			for (int i = 0; i < PEOPLE; i++) {
				String username = (i % 2 == 0) ? "bot" : "alice";
				futures.add(people.submit(() -> {
					start.await();
					return journey(username);
				}));
			}
			start.countDown();
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Outcome> future : futures) {
				outcomes.add(future.get(60, TimeUnit.SECONDS));
			}

			Set<String> tokens = new HashSet<>();
			Set<String> clients = new HashSet<>();
			for (Outcome outcome : outcomes) {
				assertThat(outcome.shownClientId()).as("client id shown = client id this session registered")
					.isEqualTo(outcome.registeredClientId());
				assertThat(this.fake.tokenIsValid(outcome.token())).as("token works on the server").isTrue();
				assertThat(this.fake.clientIdOfToken(outcome.token())).as("token issued to this session's app")
					.hasValue(outcome.registeredClientId());
				assertThat(this.fake.usernameOfToken(outcome.token())).as("token of the account this person used")
					.hasValue(outcome.username());
				tokens.add(outcome.token());
				clients.add(outcome.registeredClientId());
			}
			assertThat(tokens).as("distinct tokens").hasSize(PEOPLE);
			assertThat(clients).as("distinct apps").hasSize(PEOPLE);
			assertThat(this.fake.apps()).hasSize(PEOPLE);
		}
		finally {
			people.shutdownNow();
		}
		assertNothingStuck();
		assertThat(new WizardClient(URI.create("http://localhost:" + this.port)).get("/").status()).isEqualTo(200);
	}

	private Outcome journey(String username) {
		WizardClient person = new WizardClient(URI.create("http://localhost:" + this.port));
		Hop server = person.submit("/server", "/server", Map.of("server", this.fake.baseUrl()));
		assertThat(server.status()).as("server step:\n" + server.body()).isEqualTo(302);
		Hop registered = person.submit("/permissions", "/permissions",
				Map.of("preset", "post-media", "appName", "Load bot", "website", ""));
		assertThat(registered.status()).as("permissions step:\n" + registered.body()).isEqualTo(302);
		Hop back = person.authorizeOnServer(username, "password", "approve");
		assertThat(back.status()).isEqualTo(302);
		String registeredClientId = person.hops()
			.stream()
			.map(Hop::location)
			.filter((location) -> location != null && location.contains("/oauth/authorize?"))
			.map((location) -> {
				Matcher m = CLIENT_ID_IN_AUTHORIZE.matcher(location);
				assertThat(m.find()).isTrue();
				return m.group(1);
			})
			.findFirst()
			.orElseThrow();
		Hop authorized = person.follow(back);
		assertThat(authorized.uri().getPath()).as("authorized page:\n" + authorized.body()).isEqualTo("/authorized");
		assertThat(authorized.body()).contains("@" + username + "@");
		Hop credentials = person.reveal();
		assertThat(credentials.status()).isEqualTo(200);
		return new Outcome(username, registeredClientId, WizardClient.credential(credentials.body(), "client_id"),
				WizardClient.credential(credentials.body(), "access_token"));
	}

}
