package org.tootkey.credentials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each snippet, fed hostile values, is really run by the program it is written for (bash
 * for the {@code .env} file, the command lines and curl; Python, Node.js and Java with a
 * stand-in for the Mastodon library that prints what it was given). No command in a value
 * runs, and every value arrives exactly as the server sent it.
 */
class SnippetsRunTests {

	/**
	 * Whatever a hostile or broken server could put in a value; a run must never create
	 * PWNED.
	 */
	static Stream<String> hostileValues() {
		return Stream.of("a`touch PWNED`b", "$(touch PWNED)", "it's \"quoted\" \\ back\\slash",
				"line one\nline two; touch PWNED", "${HOME} $HOME $$ %s {0}", "ünï 日本 \t tab");
	}

	@TempDir
	Path dir;

	@ParameterizedTest
	@MethodSource("hostileValues")
	void envFileWhenSourcedByTheShellThenEveryValueArrivesIntactAndNothingRuns(String hostile) throws Exception {
		Credentials c = hostile(hostile);
		writeEnv(c);
		List<String> out = run(Map.of(), "bash", "-c",
				withEnv(c,
						"printf '%s\\0' \"$MASTODON_API_BASE_URL\" \"$MASTODON_CLIENT_ID\" \"$MASTODON_CLIENT_SECRET\" "
								+ "\"$MASTODON_ACCESS_TOKEN\""));
		assertThat(out).containsExactly(c.apiBaseUrl(), c.clientId(), c.clientSecret(), c.accessToken());
		assertNothingRan();
	}

	@ParameterizedTest
	@MethodSource("hostileValues")
	void curlWhenRunAfterTheEnvFileThenSendsExactlyTheTokenAndAddress(String hostile) throws Exception {
		Credentials c = hostile(hostile);
		writeEnv(c);
		List<String> out = run(Map.of(), "bash", "-c",
				withEnv(c, "curl() { printf '%s\\0' \"$@\"; }\n" + Snippets.curl()));
		assertThat(out).containsExactly("-sS", "-H", "Authorization: Bearer " + c.accessToken(),
				c.apiBaseUrl() + "/api/v1/accounts/verify_credentials");
		assertNothingRan();
	}

	@ParameterizedTest
	@MethodSource("hostileValues")
	void commandLineWhenRunThenTheBotGetsExactlyTheValues(String hostile) throws Exception {
		Credentials c = hostile(hostile);
		List<String> out = run(Map.of(), "bash", "-c", "python3() { printf '%s\\0' \"$MASTODON_API_BASE_URL\" "
				+ "\"$MASTODON_ACCESS_TOKEN\" \"$@\"; }\n" + Snippets.commandLine(c));
		assertThat(out).containsExactly(c.apiBaseUrl(), c.accessToken(), "bot.py");
		assertNothingRan();
	}

	@ParameterizedTest
	@MethodSource("hostileValues")
	void pythonWhenRunWithTheEnvFileLoadedThenMastodonPyGetsExactlyTheValues(String hostile) throws Exception {
		Credentials c = hostile(hostile);
		writeEnv(c);
		Path library = Files.createDirectories(this.dir.resolve("lib/mastodon"));
		Files.writeString(library.resolve("__init__.py"), """
				import sys
				class Mastodon:
				    def __init__(self, **given):
				        self.given = given
				    def account_verify_credentials(self):
				        sys.stdout.write(self.given["api_base_url"] + "\\0" + self.given["access_token"] + "\\0")
				        return {"acct": ""}
				""");
		Files.writeString(this.dir.resolve("bot.py"), Snippets.mastodonPy());
		List<String> out = run(Map.of("PYTHONPATH", this.dir.resolve("lib").toString(), "PYTHONIOENCODING", "utf-8"),
				"bash", "-c", Snippets.run(c));
		assertThat(out).containsExactly(c.apiBaseUrl(), c.accessToken(), "\n");
		assertNothingRan();
	}

	@ParameterizedTest
	@MethodSource("hostileValues")
	void javascriptWhenRunWithTheEnvFileLoadedThenMastoGetsExactlyTheValues(String hostile) throws Exception {
		assumeTrue(onPath("node"), "node is not installed here");
		Credentials c = hostile(hostile);
		writeEnv(c);
		Path library = Files.createDirectories(this.dir.resolve("node_modules/masto"));
		Files.writeString(library.resolve("package.json"),
				"{\"name\":\"masto\",\"type\":\"module\",\"main\":\"index.js\"}");
		Files.writeString(library.resolve("index.js"), """
				export function createRestAPIClient(given) {
				  return { v1: { accounts: { verifyCredentials: async () => {
				    process.stdout.write(given.url + "\\0" + given.accessToken + "\\0");
				    return { acct: "" };
				  } } } };
				}
				""");
		Files.writeString(this.dir.resolve("bot.mjs"), Snippets.mastoJs());
		List<String> out = run(Map.of(), "bash", "-c", withEnv(c, "node bot.mjs"));
		assertThat(out).containsExactly(c.apiBaseUrl(), c.accessToken(), "\n");
		assertNothingRan();
	}

	@ParameterizedTest
	@MethodSource("hostileValues")
	void javaWhenRunWithTheEnvFileLoadedThenBigBoneGetsExactlyTheValues(String hostile) throws Exception {
		assumeTrue(onPath("java"), "java is not on the PATH");
		Credentials c = hostile(hostile);
		writeEnv(c);
		String indented = Snippets.bigBone().indent(8);
		Files.writeString(this.dir.resolve("Bot.java"), """
				import java.io.PrintStream;
				import java.nio.charset.StandardCharsets;

				public class Bot {
				    public static void main(String[] args) throws Exception {
				%s
				    }
				    static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
				    static class Account {
				        String getAcct() { return ""; }
				    }
				    static class MastodonClient {
				        final String host; final String token;
				        MastodonClient(String host, String token) { this.host = host; this.token = token; }
				        static class Builder {
				            final String host; String token;
				            Builder(String host) { this.host = host; }
				            Builder accessToken(String token) { this.token = token; return this; }
				            MastodonClient build() { return new MastodonClient(this.host, this.token); }
				        }
				        MastodonClient accounts() { return this; }
				        MastodonClient verifyCredentials() { return this; }
				        Account execute() { OUT.print(this.host + "\\0" + this.token + "\\0"); return new Account(); }
				    }
				}
				""".formatted(indented));
		List<String> out = run(Map.of(), "bash", "-c",
				withEnv(c, "java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 Bot.java"));
		assertThat(out).containsExactly(c.apiBaseUrl().replaceFirst("^https?://", ""), c.accessToken(), "\n");
		assertNothingRan();
	}

	/** Every value hostile, each a little different so a mix-up shows. */
	private static Credentials hostile(String value) {
		return new Credentials("https://example.social/" + value, "id " + value, "secret " + value, "token " + value,
				"@bot" + value + "@example.social", "My bot", List.of("profile"), null,
				java.time.LocalDate.of(2026, 1, 2));
	}

	private void writeEnv(Credentials c) throws IOException {
		Files.writeString(this.dir.resolve(Snippets.envFileName(c)),
				Snippets.env(c, "keys for " + c.handle() + "\nnever commit this file"));
	}

	/**
	 * A shell command run with the {@code .env} file's values exported, as the page says.
	 */
	private static String withEnv(Credentials c, String command) {
		return "set -a; . ./" + Snippets.envFileName(c) + "; set +a; " + command;
	}

	private void assertNothingRan() {
		assertThat(this.dir.resolve("PWNED")).doesNotExist();
	}

	/** Runs a command in the temporary folder; its output split at NUL characters. */
	private List<String> run(Map<String, String> environment, String... command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.dir.toFile()).redirectErrorStream(false);
		builder.environment().putAll(environment);
		builder.environment().put("LC_ALL", "C.UTF-8");
		Process process = builder.start();
		byte[] out = process.getInputStream().readAllBytes();
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(err).isZero();
		String text = new String(out, StandardCharsets.UTF_8);
		List<String> parts = new ArrayList<>(Arrays.asList(text.split("\0", -1)));
		if (parts.get(parts.size() - 1).isEmpty()) {
			parts.remove(parts.size() - 1);
		}
		return parts;
	}

	private static boolean onPath(String program) {
		return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
			.anyMatch((folder) -> Files.isExecutable(Path.of(folder, program)));
	}

}
