package org.tootkey.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the wizard the way a browser does, over real HTTP: keeps cookies, sends forms
 * with their CSRF token, follows redirects one by one (so every hop can be inspected),
 * and fills in the fake server's login-and-consent form.
 */
public final class WizardClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern HIDDEN = Pattern
		.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"[^>]*>");

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

	private final URI app;

	private final HttpClient http;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final List<Hop> hops = new ArrayList<>();

	private final Map<String, String> extraHeaders = new LinkedHashMap<>();

	private final Map<String, String> aliases = new LinkedHashMap<>();

	public WizardClient(URI app) {
		this.app = app;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/** One request and its answer, as seen on the wire. */
	public record Hop(String method, URI uri, int status, String location, String body,
			java.net.http.HttpHeaders headers) {

	}

	/**
	 * Sends requests for {@code host} to {@code address} instead (a hosts-file entry).
	 */
	public void alias(String host, String address) {
		this.aliases.put(host, address);
	}

	/**
	 * A header sent with every request to Tootkey from now on (e.g. a proxy's forwarded
	 * headers).
	 */
	public void header(String name, String value) {
		this.extraHeaders.put(name, value);
	}

	public List<Hop> hops() {
		return this.hops;
	}

	public CookieManager cookies() {
		return this.cookies;
	}

	/** The app's session cookie as this browser holds it, or {@code null}. */
	public String sessionId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals("TOOTKEY_SESSION"))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	public Hop get(String pathOrUrl) {
		return send("GET", resolve(pathOrUrl), null);
	}

	public Hop post(String pathOrUrl, Map<String, String> form) {
		return send("POST", resolve(pathOrUrl), form);
	}

	/** GETs a page and posts its form (with the page's CSRF token) to {@code action}. */
	public Hop submit(String page, String action, Map<String, String> fields) {
		Hop shown = get(page);
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", csrf(shown.body()));
		return post(action, form);
	}

	/**
	 * From "Is this your bot?": answers yes, then asks for the credentials on the next
	 * page and follows the redirect to the page that shows them once.
	 */
	public Hop reveal() {
		Hop yes = submit("/authorized", "/authorized", Map.of("answer", "yes"));
		if (yes.location() == null || !yes.location().endsWith("/ready")) {
			return yes;
		}
		return follow(submit("/ready", "/credentials", Map.of()));
	}

	/** Follows redirects from a hop until a page answers. */
	public Hop follow(Hop hop) {
		Hop current = hop;
		for (int i = 0; i < 10 && current.location() != null && current.status() / 100 == 3; i++) {
			current = send("GET", current.uri().resolve(current.location()), null);
		}
		return current;
	}

	/**
	 * From the authorize page: start the authorization, fill the fake server's form and
	 * return the server's redirect back to us (not yet followed).
	 */
	public Hop authorizeOnServer(String username, String password, String decision) {
		Hop page = get("/authorize");
		String start = attribute(FORM_ACTION, page.body(), "form action on the authorize page");
		Hop toServer = get(start);
		if (toServer.location() == null) {
			throw new IllegalStateException("no redirect to the server: " + toServer.status());
		}
		Hop consent = get(toServer.uri().resolve(toServer.location()).toString());
		Map<String, String> form = hiddenFields(consent.body());
		// Mastodon and GoToSocial log in by e-mail (the fake's accounts are
		// name@fake.social)
		boolean byEmail = consent.body().contains("type=\"email\" name=\"username\"") && !username.contains("@");
		form.put("username", byEmail ? username + "@fake.social" : username);
		form.put("password", password);
		form.put("decision", decision);
		String action = attribute(FORM_ACTION, consent.body(), "form action on the consent page");
		return post(consent.uri().resolve(action).toString(), form);
	}

	/** The action of the first form on a page. */
	public static String formAction(String html) {
		return attribute(FORM_ACTION, html, "form action");
	}

	public static String csrf(String html) {
		return attribute(CSRF, html, "CSRF token");
	}

	public static Map<String, String> hiddenFields(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher matcher = HIDDEN.matcher(html);
		while (matcher.find()) {
			fields.put(unescape(matcher.group(1)), unescape(matcher.group(2)));
		}
		return fields;
	}

	/**
	 * The text of the element carrying {@code data-credential="name"} (value for inputs).
	 */
	public static String credential(String html, String name) {
		Pattern input = Pattern.compile("<input[^>]*data-credential=\"" + name + "\"[^>]*value=\"([^\"]*)\"");
		Matcher m = input.matcher(html);
		if (m.find()) {
			return unescape(m.group(1));
		}
		Pattern element = Pattern.compile("data-credential=\"" + name + "\"[^>]*>([^<]*)<");
		return unescape(attribute(element, html, "credential " + name));
	}

	/** The text of the element carrying {@code data-snippet="name"}. */
	public static String snippet(String html, String name) {
		Pattern element = Pattern.compile("data-snippet=\"" + name + "\"[^>]*>([^<]*)<");
		return unescape(attribute(element, html, "snippet " + name));
	}

	static String attribute(Pattern pattern, String html, String what) {
		Matcher matcher = pattern.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("no " + what + " in page:\n" + html);
		}
		return unescape(matcher.group(1));
	}

	static String unescape(String text) {
		return text.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&#x2F;", "/")
			.replace("&amp;", "&");
	}

	private URI resolve(String pathOrUrl) {
		return pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : this.app.resolve(pathOrUrl);
	}

	private Hop send(String method, URI uri, Map<String, String> form) {
		URI target = uri;
		String alias = this.aliases.get(uri.getHost());
		if (alias != null) {
			target = URI.create(uri.toString().replaceFirst("//" + Pattern.quote(uri.getHost()), "//" + alias));
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(target)
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.header("Accept-Language", "en");
		if (uri.getPort() == this.app.getPort()) {
			this.extraHeaders.forEach(request::header);
		}
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.method(method, HttpRequest.BodyPublishers.ofString(encode(form)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			HttpResponse<String> response = sendResendingOnce(request.build());
			Hop hop = new Hop(method, uri, response.statusCode(),
					response.headers().firstValue("Location").orElse(null), response.body(), response.headers());
			this.hops.add(hop);
			return hop;
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + uri + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Like a browser: a request whose connection ended before any answer byte is sent
	 * once more on a new connection, POSTs included (Chromium's HttpNetworkTransaction
	 * resends when a reused connection fails before the response headers; the fake's
	 * connection-closing modes close kept-alive connections without notice, as some
	 * servers do).
	 */
	private HttpResponse<String> sendResendingOnce(HttpRequest request) throws IOException, InterruptedException {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			String message = String.valueOf(ex.getMessage());
			if (!message.contains("header parser received no bytes") && !message.contains("Connection reset")
					&& !(ex.getCause() instanceof java.io.EOFException)) {
				throw ex;
			}
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
	}

	static String encode(Map<String, String> form) {
		StringJoiner joiner = new StringJoiner("&");
		form.forEach((k, v) -> joiner
			.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return joiner.toString();
	}

}
