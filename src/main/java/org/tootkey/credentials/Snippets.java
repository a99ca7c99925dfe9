package org.tootkey.credentials;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Paste-ready text for common tools, with the real values filled in and quoted for each
 * language. The keys are the {@code data-snippet} names of the automation contract.
 */
final class Snippets {

	private Snippets() {
	}

	static Map<String, String> render(Credentials c) {
		Map<String, String> snippets = new LinkedHashMap<>();
		snippets.put("mastodon-py", mastodonPy(c));
		// The files Mastodon.py 2.x writes with to_file and reads back in its constructor, line by
		// line (halcy/Mastodon.py, mastodon/authentication.py: create_app, __init__, log_in).
		snippets.put("mastodon-py-clientcred",
				c.clientId() + "\n" + c.clientSecret() + "\n" + c.apiBaseUrl() + "\n" + c.appName() + "\n");
		snippets.put("mastodon-py-usercred",
				c.accessToken() + "\n" + c.apiBaseUrl() + "\n" + c.clientId() + "\n" + c.clientSecret() + "\n");
		snippets.put("env", env(c));
		snippets.put("compose", compose(c));
		snippets.put("curl", curl(c));
		snippets.put("masto-js", mastoJs(c));
		snippets.put("bigbone", bigBone(c));
		return snippets;
	}

	static String mastodonPy(Credentials c) {
		return """
				from mastodon import Mastodon

				mastodon = Mastodon(
				    client_id=%s,
				    client_secret=%s,
				    access_token=%s,
				    api_base_url=%s,
				)
				print(mastodon.account_verify_credentials()["acct"])
				# mastodon.toot("howdy universe!")
				""".formatted(py(c.clientId()), py(c.clientSecret()), py(c.accessToken()), py(c.apiBaseUrl()));
	}

	static String env(Credentials c) {
		return "MASTODON_API_BASE_URL=" + envValue(c.apiBaseUrl()) + "\n" + "MASTODON_CLIENT_ID="
				+ envValue(c.clientId()) + "\n" + "MASTODON_CLIENT_SECRET=" + envValue(c.clientSecret()) + "\n"
				+ "MASTODON_ACCESS_TOKEN=" + envValue(c.accessToken()) + "\n";
	}

	static String compose(Credentials c) {
		return "    environment:\n" + "      MASTODON_API_BASE_URL: " + yaml(c.apiBaseUrl()) + "\n"
				+ "      MASTODON_CLIENT_ID: " + yaml(c.clientId()) + "\n" + "      MASTODON_CLIENT_SECRET: "
				+ yaml(c.clientSecret()) + "\n" + "      MASTODON_ACCESS_TOKEN: " + yaml(c.accessToken()) + "\n";
	}

	static String curl(Credentials c) {
		String auth = sh("Authorization: Bearer " + c.accessToken());
		return "curl -sS -H " + auth + " " + sh(c.apiBaseUrl() + "/api/v1/accounts/verify_credentials") + "\n"
				+ "# To post:\n" + "# curl -sS -H " + auth + " -F 'status=howdy universe!' "
				+ sh(c.apiBaseUrl() + "/api/v1/statuses") + "\n";
	}

	static String mastoJs(Credentials c) {
		return """
				import { createRestAPIClient } from "masto";

				const masto = createRestAPIClient({
				  url: %s,
				  accessToken: %s,
				});
				const me = await masto.v1.accounts.verifyCredentials();
				console.log(me.acct);
				// await masto.v1.statuses.create({ status: "howdy universe!" });
				""".formatted(js(c.apiBaseUrl()), js(c.accessToken()));
	}

	static String bigBone(Credentials c) {
		String host = c.apiBaseUrl().replaceFirst("^https?://", "");
		return """
				MastodonClient client = new MastodonClient.Builder(%s)
				        .accessToken(%s)
				        .build();
				Account me = client.accounts().verifyCredentials().execute();
				System.out.println(me.getAcct());
				// client.statuses().postStatus("howdy universe!").execute();
				""".formatted(js(host), js(c.accessToken()));
	}

	/** A Python string literal. */
	static String py(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/** A JavaScript or Java string literal. */
	static String js(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/** A POSIX shell word. */
	static String sh(String value) {
		return "'" + value.replace("'", "'\\''") + "'";
	}

	/** A .env value: bare when safe, else double-quoted with escapes (dotenv syntax). */
	static String envValue(String value) {
		return value.matches("[A-Za-z0-9_./:@+=~-]*") ? value
				: "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\"";
	}

	/** A YAML scalar: always double-quoted. */
	static String yaml(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
