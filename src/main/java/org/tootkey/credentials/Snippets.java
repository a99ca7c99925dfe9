package org.tootkey.credentials;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Paste-ready text for common tools. No snippet puts a secret in code: the values live
 * only in the {@code .env} file (and the one-off command line), and every program reads
 * them from the environment, so they never end up in a repository by accident. The keys
 * are the {@code data-snippet} names of the automation contract.
 * <p>
 * Quoting: the {@code .env} file is POSIX shell syntax ({@code set -a; . ./file}), each
 * value in single quotes, where nothing is special but the quote itself ({@code '}
 * becomes {@code '\''}). Docker Compose reads single-quoted {@code env_file} values
 * literally too (no {@code $} interpolation). The header comment and the file name come
 * from the server (the handle), so line breaks and everything but a few safe characters
 * are taken out of them.
 */
final class Snippets {

	static final String BASE_URL = "MASTODON_API_BASE_URL";

	static final String CLIENT_ID = "MASTODON_CLIENT_ID";

	static final String CLIENT_SECRET = "MASTODON_CLIENT_SECRET";

	static final String ACCESS_TOKEN = "MASTODON_ACCESS_TOKEN";

	private Snippets() {
	}

	/**
	 * All snippets, in the order shown.
	 * @param header the {@code .env} file's comment (bot, server, date, "never commit"),
	 * one sentence per line, in the person's language
	 */
	static Map<String, String> render(Credentials c, String header) {
		Map<String, String> snippets = new LinkedHashMap<>();
		snippets.put("mastodon-py", mastodonPy());
		snippets.put("env", env(c, header));
		snippets.put("gitignore", gitignore());
		snippets.put("run", run(c));
		snippets.put("command-line", commandLine(c));
		snippets.put("compose", compose(c));
		snippets.put("curl", curl());
		snippets.put("masto-js", mastoJs());
		snippets.put("bigbone", bigBone());
		return snippets;
	}

	/**
	 * The download's name, after the bot and its server:
	 * {@code bot-at-example.social.env}.
	 */
	static String envFileName(Credentials c) {
		String handle = c.handle().startsWith("@") ? c.handle().substring(1) : c.handle();
		String name = handle.replace("@", "-at-").replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
		if (name.length() > 80) {
			name = name.substring(0, 80);
		}
		return (name.isEmpty() ? "mastodon-bot" : name) + ".env";
	}

	static String mastodonPy() {
		return """
				import os

				from mastodon import Mastodon

				mastodon = Mastodon(
				    access_token=os.environ["%s"],
				    api_base_url=os.environ["%s"],
				)
				print(mastodon.account_verify_credentials()["acct"])
				# mastodon.toot("howdy universe!")
				""".formatted(ACCESS_TOKEN, BASE_URL);
	}

	static String env(Credentials c, String header) {
		StringBuilder env = new StringBuilder();
		for (String line : header.split("\n")) {
			env.append("# ").append(comment(line)).append('\n');
		}
		for (String[] variable : new String[][] { { BASE_URL, c.apiBaseUrl() }, { CLIENT_ID, c.clientId() },
				{ CLIENT_SECRET, c.clientSecret() }, { ACCESS_TOKEN, c.accessToken() } }) {
			env.append(variable[0]).append('=').append(sh(variable[1])).append('\n');
		}
		return env.toString();
	}

	static String gitignore() {
		return "*.env\n";
	}

	/**
	 * Loads the file into the shell, then runs the bot (the values never appear on
	 * screen).
	 */
	static String run(Credentials c) {
		return "set -a; . ./" + envFileName(c) + "; set +a\npython3 bot.py\n";
	}

	/** One run without a file, the values on the command line. */
	static String commandLine(Credentials c) {
		return " " + BASE_URL + "=" + sh(c.apiBaseUrl()) + " " + ACCESS_TOKEN + "=" + sh(c.accessToken())
				+ " python3 bot.py\n";
	}

	static String compose(Credentials c) {
		return "services:\n  bot:\n    env_file: " + envFileName(c) + "\n";
	}

	static String curl() {
		String auth = "-H \"Authorization: Bearer $" + ACCESS_TOKEN + "\"";
		return "curl -sS " + auth + " \"$" + BASE_URL + "/api/v1/accounts/verify_credentials\"\n" + "# curl -sS " + auth
				+ " -F 'status=howdy universe!' \"$" + BASE_URL + "/api/v1/statuses\"\n";
	}

	static String mastoJs() {
		return """
				import { createRestAPIClient } from "masto";

				const masto = createRestAPIClient({
				  url: process.env.%s,
				  accessToken: process.env.%s,
				});
				const me = await masto.v1.accounts.verifyCredentials();
				console.log(me.acct);
				// await masto.v1.statuses.create({ status: "howdy universe!" });
				""".formatted(BASE_URL, ACCESS_TOKEN);
	}

	static String bigBone() {
		return """
				String host = System.getenv("%s").replaceFirst("^https?://", "");
				MastodonClient client = new MastodonClient.Builder(host)
				        .accessToken(System.getenv("%s"))
				        .build();
				Account me = client.accounts().verifyCredentials().execute();
				System.out.println(me.getAcct());
				// client.statuses().postStatus("howdy universe!").execute();
				""".formatted(BASE_URL, ACCESS_TOKEN);
	}

	/** A POSIX shell word: single quotes, where only the quote itself needs care. */
	static String sh(String value) {
		return "'" + value.replace("'", "'\\''") + "'";
	}

	/** Text for a {@code #} comment: no line breaks or other control characters. */
	static String comment(String text) {
		return text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]", " ").strip();
	}

}
