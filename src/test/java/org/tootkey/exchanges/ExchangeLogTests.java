package org.tootkey.exchanges;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangeLogTests {

	@Test
	void redactionWhenFormBodyCarriesSecretsThenOnlyTheirValuesAreReplaced() {
		String body = "grant_type=authorization_code&client_id=abc&client_secret=s3cret&code=c0de"
				+ "&redirect_uri=https%3A%2F%2Fx%2Fcallback&code_verifier=v3rifier&password=pw&token=t0ken";
		String redacted = Redaction.body(body.getBytes(StandardCharsets.UTF_8));
		assertThat(redacted).contains("grant_type=authorization_code", "client_id=abc",
				"redirect_uri=https%3A%2F%2Fx%2Fcallback", "client_secret=…redacted…", "code=…redacted…",
				"code_verifier=…redacted…", "password=…redacted…", "token=…redacted…");
		assertThat(redacted).doesNotContain("s3cret", "c0de", "v3rifier", "=pw", "t0ken");
	}

	@Test
	void redactionWhenJsonCarriesSecretsThenOnlyTheirValuesAreReplaced() {
		String json = "{\"id\":\"1\",\"client_id\":\"abc\",\"client_secret\" : \"Zx9\\\"Qq\",\"access_token\":\"t0ken\","
				+ "\"state\":\"st4te\",\"name\":\"My bot\"}";
		String redacted = Redaction.body(json.getBytes(StandardCharsets.UTF_8));
		assertThat(redacted).contains("\"client_id\":\"abc\"", "\"name\":\"My bot\"",
				"\"access_token\":\"…redacted…\"");
		assertThat(redacted).doesNotContain("Zx9", "Qq", "t0ken", "st4te");
	}

	@Test
	void redactionWhenSecretValueIsThousandsOfCharactersLongThenItIsRedactedWithoutStackOverflow() {
		// Today's pattern recursed once per character: a few thousand were a
		// StackOverflowError.
		String longToken = "eyJ" + "A".repeat(7_900);
		for (String json : new String[] { "{\"token\":\"" + longToken + "\"}",
				"{\"access_token\":\"" + longToken.replace("A", "\\\"") + "\"}" }) {
			String redacted = Redaction.body(json.getBytes(StandardCharsets.UTF_8));
			assertThat(redacted).contains("…redacted…").doesNotContain("AAAA", "\\\"\\\"");
		}
		assertThat(Redaction.url("https://x/cb?code=" + "c".repeat(100_000) + "&lang=de"))
			.isEqualTo("https://x/cb?code=…redacted…&lang=de");
	}

	@Test
	void redactionTakesLinearTimeWhateverTheServerSends() {
		long seed = System.nanoTime();
		java.util.Random random = new java.util.Random(seed);
		String alphabet = "{}[]\":,\\ a=&?tokencd_";
		for (int round = 0; round < 200; round++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(8_000);
			for (int i = 0; i < length; i++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
			assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Redaction.body(bytes)))
				.as("seed " + seed + " round " + round)
				.isNull();
		}
	}

	@Test
	void redactionWhenJsonKeyIsWrittenWithAnEscapeThenItsValueIsStillRedacted() {
		String json = "{\"access\\u005ftoken\":\"esc4ped\",\"nested\":{\"c\\u006fde\":[\"deep\"]},"
				+ "\"client_secret\":{\"x\":\"obj3ct\"},\"name\":\"My bot\"}";
		String redacted = Redaction.body(json.getBytes(StandardCharsets.UTF_8));
		assertThat(redacted).doesNotContain("esc4ped", "deep", "obj3ct").contains("My bot");
	}

	@Test
	void redactionWhenFormNameIsPercentEncodedThenItsValueIsStillRedacted() {
		String redacted = Redaction
			.body("client%5Fsecret=s3cret&access_t%6Fken=t0ken&lang=de".getBytes(StandardCharsets.UTF_8));
		assertThat(redacted).doesNotContain("s3cret", "t0ken").contains("lang=de");
		assertThat(Redaction.url("https://x/cb?%63ode=c0de&state=%ZZ")).doesNotContain("c0de");
	}

	@Test
	void redactionWhenUrlHasSecretQueryParametersThenTheyAreReplaced() {
		assertThat(Redaction.url("https://x/callback?code=abc&state=def&lang=de"))
			.isEqualTo("https://x/callback?code=…redacted…&state=…redacted…&lang=de");
		assertThat(Redaction.url("https://x/api/v2/instance")).isEqualTo("https://x/api/v2/instance");
	}

	@Test
	void redactionWhenBodyIsLongThenItIsCut() {
		String redacted = Redaction.body("x".repeat(10_000).getBytes(StandardCharsets.UTF_8));
		assertThat(redacted).hasSizeLessThan(Redaction.MAX_BODY + 5).endsWith(" …");
	}

	@Test
	void logWhenFullThenOldestCallsAreDropped() {
		ExchangeLog log = new ExchangeLog();
		for (int i = 0; i < ExchangeLog.MAX_ENTRIES + 10; i++) {
			log.add(new ExchangeLog.Exchange("GET", "https://x/" + i, false, "", 200, null, 1, ""));
		}
		assertThat(log.entries()).hasSize(ExchangeLog.MAX_ENTRIES);
		assertThat(log.entries().get(0).url()).isEqualTo("https://x/10");
	}

	@Test
	void logWhenTaskIsCarriedToAnotherThreadThenItRecordsThere() throws Exception {
		ExchangeLog log = new ExchangeLog();
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try (ExchangeLog.Binding binding = ExchangeLog.bind(log)) {
			Runnable task = ExchangeLog.carry(() -> ExchangeLog.current()
				.add(new ExchangeLog.Exchange("GET", "https://x/", false, "", 200, null, 1, "")));
			CompletableFuture.runAsync(task, executor).get();
		}
		finally {
			executor.shutdown();
		}
		assertThat(log.entries()).hasSize(1);
		assertThat(ExchangeLog.current()).isNull();
	}

}
