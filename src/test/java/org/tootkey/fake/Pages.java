package org.tootkey.fake;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The fake's HTML: the login-and-consent page, error pages, and a few plain pages. */
final class Pages {

	private Pages() {
	}

	static final String SITE = "Fake Social";

	/** Parameters of the authorize form that are never carried over as hidden inputs. */
	private static final Set<String> NOT_HIDDEN = Set.of("username", "password", "decision");

	private static final String STYLE = """
			:root { color-scheme: light; --accent: #563acc; --text: #1f2328; --muted: #59636e; --line: #d1d9e0; }
			* { box-sizing: border-box; }
			body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
			       color: var(--text); background: #f3f1fb; }
			main { max-width: 30rem; margin: 3rem auto; padding: 2rem; background: #fff;
			       border: 1px solid var(--line); border-radius: 12px; }
			h1 { font-size: 1.4rem; margin: 0 0 1rem; }
			.site { color: var(--accent); font-weight: 700; letter-spacing: .02em; margin: 0 0 .5rem; }
			.app { font-weight: 700; }
			ul.scopes { padding-left: 1.2rem; margin: .5rem 0 1.5rem; }
			ul.scopes code { background: #f6f8fa; padding: 0 .3rem; border-radius: 4px; }
			label { display: block; font-weight: 600; margin: 1rem 0 .25rem; }
			input[type=text], input[type=email], input[type=password] { width: 100%; padding: .6rem .7rem; font: inherit;
			       border: 1px solid #818b98; border-radius: 6px; }
			input:focus, button:focus { outline: 3px solid #fd0; outline-offset: 1px; }
			.buttons { display: flex; gap: .75rem; margin-top: 1.5rem; }
			button { font: inherit; font-weight: 600; padding: .6rem 1.2rem; border-radius: 6px; cursor: pointer;
			         border: 1px solid var(--accent); }
			button[value=approve] { background: var(--accent); color: #fff; }
			button[value=deny] { background: #fff; color: var(--accent); }
			.error { border-left: 5px solid #d4351c; padding: .5rem 1rem; background: #fdf0ed; margin: 0 0 1rem; }
			.hint, footer { color: var(--muted); font-size: .875rem; }
			code.value { display: block; padding: .75rem; background: #f6f8fa; border-radius: 6px; word-break: break-all; }
			""";

	static String esc(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(s.length() + 16);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static String page(String lang, String title, String body) {
		return "<!DOCTYPE html>\n<html lang=\"" + esc(lang == null || lang.isBlank() ? "en" : lang) + "\">\n<head>\n"
				+ "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
				+ "<title>" + esc(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n"
				+ "<p class=\"site\">" + SITE + "</p>\n" + body + "</main>\n</body>\n</html>\n";
	}

	/**
	 * Who the consent page asks for: the accounts the browser is already logged in as,
	 * whether the login asks for the e-mail address, whether the page is an account
	 * chooser, whether it has a Deny button, and the word on its approve button.
	 */
	record Login(List<String> loggedIn, boolean byEmail, boolean chooser, boolean deny, String approve) {
	}

	/**
	 * The login-and-consent page: one form posting back to /oauth/authorize with every
	 * authorize parameter as a hidden input. Logged out: a login (username or e-mail) and
	 * password. Logged in: "Logged in as @name" and no login at all. On a chooser: a "Log
	 * in as @name" button per logged-in account, and a login for another. Then Authorize,
	 * and Deny where the program has it.
	 */
	static String consent(String appName, String website, List<String> scopes, Map<String, String> params, String error,
			Login login) {
		String name = appName == null ? "an unknown application" : appName;
		StringBuilder b = new StringBuilder();
		b.append("<h1>Authorize <span class=\"app\">").append(esc(name)).append("</span></h1>\n");
		if (error != null) {
			b.append("<p class=\"error\" id=\"error\" role=\"alert\">").append(esc(error)).append("</p>\n");
		}
		b.append("<p><span class=\"app\">").append(esc(name)).append("</span>");
		if (website != null && !website.isBlank()) {
			b.append(" (<a href=\"")
				.append(esc(website))
				.append("\" rel=\"noopener\">")
				.append(esc(website))
				.append("</a>)");
		}
		b.append(" would like to access your account. It will be able to:</p>\n<ul class=\"scopes\" id=\"scopes\">\n");
		for (String s : scopes) {
			b.append("<li><code>").append(esc(s)).append("</code> — ").append(esc(describe(s))).append("</li>\n");
		}
		b.append("</ul>\n<form method=\"post\" action=\"/oauth/authorize\">\n");
		params.forEach((k, v) -> {
			if (!NOT_HIDDEN.contains(k)) {
				b.append("<input type=\"hidden\" name=\"")
					.append(esc(k))
					.append("\" value=\"")
					.append(esc(v))
					.append("\">\n");
			}
		});
		boolean loggedIn = !login.loggedIn().isEmpty();
		if (loggedIn && !login.chooser()) {
			String account = login.loggedIn().get(login.loggedIn().size() - 1);
			b.append("<p class=\"account\" id=\"account\">Logged in as <strong>@")
				.append(esc(account))
				.append("</strong></p>\n");
		}
		else {
			if (loggedIn) {
				b.append("<div class=\"buttons\" id=\"chooser\">\n");
				for (String account : login.loggedIn()) {
					b.append("<button type=\"submit\" name=\"account\" value=\"")
						.append(esc(account))
						.append("\">Log in as @")
						.append(esc(account))
						.append("</button>\n");
				}
				b.append("</div>\n<p>Alternatively, sign in to a different account below:</p>\n");
			}
			String required = loggedIn ? "" : " required";
			if (login.byEmail()) {
				b.append("<label for=\"username\">Email address</label>\n<input type=\"email\" name=\"username\" "
						+ "id=\"username\" autocomplete=\"email\" autocapitalize=\"none\" spellcheck=\"false\"")
					.append(required)
					.append(">\n");
			}
			else {
				b.append("<label for=\"username\">Username</label>\n<input type=\"text\" name=\"username\" "
						+ "id=\"username\" autocomplete=\"username\" autocapitalize=\"none\" spellcheck=\"false\"")
					.append(required)
					.append(">\n");
			}
			b.append("<label for=\"password\">Password</label>\n<input name=\"password\" id=\"password\" "
					+ "type=\"password\" autocomplete=\"current-password\"")
				.append(required)
				.append(">\n");
		}
		b.append("<div class=\"buttons\">\n<button type=\"submit\" name=\"decision\" value=\"approve\">")
			.append(esc(login.approve()))
			.append("</button>\n");
		if (login.deny()) {
			b.append("<button type=\"submit\" name=\"decision\" value=\"deny\" formnovalidate>Deny</button>\n");
		}
		b.append("</div>\n</form>\n");
		if (!loggedIn || login.chooser()) {
			String bot = login.byEmail() ? "bot@fake.social" : "bot";
			String alice = login.byEmail() ? "alice@fake.social" : "alice";
			b.append("<p class=\"hint\">Test accounts: <code>")
				.append(bot)
				.append("</code> / <code>password</code> " + "(a bot) and <code>")
				.append(alice)
				.append("</code> / <code>password</code> (a person).</p>\n");
		}
		// the page is always English, whatever lang= asked for, so it is labelled as such
		return page("en", SITE + " — Authorize " + name, b.toString());
	}

	/**
	 * Doorkeeper's {@code authorizations/error} page: shown instead of redirecting to an
	 * untrusted redirect_uri.
	 */
	static String oauthError(String error, String description) {
		String body = "<h1>An error has occurred</h1>\n<p class=\"error\" id=\"error\" role=\"alert\"><code>"
				+ esc(error) + "</code>: " + esc(description) + "</p>\n";
		return page("en", SITE + " — An error has occurred", body);
	}

	static String message(String title, String text) {
		return page("en", SITE + " — " + title,
				"<h1>" + esc(title) + "</h1>\n<p id=\"message\">" + esc(text) + "</p>\n");
	}

	/** The out-of-band page for {@code urn:ietf:wg:oauth:2.0:oob}. */
	static String showCode(String code) {
		return page("en", SITE + " — Authorization code",
				"<h1>Authorization code</h1>\n"
						+ "<p>Copy this code and paste it into the application.</p>\n<code class=\"value\" id=\"code\">"
						+ esc(code) + "</code>\n");
	}

	static String authorizedApplications(List<Store.Token> live) {
		StringBuilder b = new StringBuilder("<h1>Your authorized applications</h1>\n<ul id=\"applications\">\n");
		live.stream()
			.filter(t -> t.account != null)
			.forEach(t -> b.append("<li><span class=\"app\">")
				.append(esc(t.app.name()))
				.append("</span> — @")
				.append(esc(t.account.username))
				.append(" — <code>")
				.append(esc(ServerScopes.join(t.scopes)))
				.append("</code></li>\n"));
		b.append("</ul>\n");
		return page("en", SITE + " — Authorized applications", b.toString());
	}

	static String home(ServerMode mode, String baseUrl) {
		String what = mode.software() == null ? "Just a website."
				: "A fake " + mode.software() + " server for testing.";
		return page("en", SITE,
				"<h1>" + SITE + "</h1>\n<p>" + esc(what) + "</p>\n<p class=\"hint\">" + esc(baseUrl) + "</p>\n");
	}

	static String profile(Store.Account a, String baseUrl) {
		return page("en", a.displayName + " (@" + a.username + ")",
				"<h1>" + esc(a.displayName) + "</h1>\n" + "<p><img src=\"" + esc(baseUrl) + "/avatars/"
						+ esc(a.username) + ".png\" alt=\"\" width=\"96\" height=\"96\"></p>\n" + "<p>@"
						+ esc(a.username) + (a.bot ? " · bot" : "") + "</p>\n");
	}

	static String notFound() {
		return page("en", SITE + " — The page you are looking for isn't here.",
				"<h1>404</h1>\n<p>The page you are looking for isn't here.</p>\n");
	}

	/** Plain-language descriptions, close to Mastodon's own consent page wording. */
	static String describe(String scope) {
		return switch (scope) {
			case "read" -> "read all your account's data";
			case "write" -> "modify all your account's data";
			case "follow" -> "modify account relationships";
			case "push" -> "receive your push notifications";
			case "profile" -> "read only your account's profile information";
			case "read:accounts" -> "see accounts information";
			case "write:accounts" -> "modify your profile";
			case "read:statuses" -> "see all posts";
			case "write:statuses" -> "publish posts";
			case "write:media" -> "upload media files";
			case "read:notifications" -> "see your notifications";
			default -> scope.startsWith("admin:") ? "administer the server" : "access " + scope.replace(':', ' ');
		};
	}

}
