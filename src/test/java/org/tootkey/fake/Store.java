package org.tootkey.fake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Everything the fake remembers: accounts, apps, codes, tokens, posts. Thread-safe. */
final class Store {

	static final class Account {

		final String id;

		final String username;

		final String password;

		final String displayName;

		final String note;

		final Instant createdAt;

		final int avatarColour;

		volatile boolean bot;

		Account(String id, String username, String displayName, String note, boolean bot, int avatarColour) {
			this.id = id;
			this.username = username;
			this.password = "password";
			this.displayName = displayName;
			this.note = note;
			this.bot = bot;
			this.avatarColour = avatarColour;
			this.createdAt = Instant.parse("2024-03-01T00:00:00Z");
		}

	}

	record App(String id, String clientId, String clientSecret, String name, String website, List<String> redirectUris,
			List<String> scopes, Instant createdAt) {
	}

	static final class Grant {

		final String code;

		final App app;

		final Account account;

		final String redirectUri;

		final List<String> scopes;

		final String challenge;

		final String challengeMethod;

		final Instant expiresAt;

		final AtomicBoolean used = new AtomicBoolean();

		volatile Token token;

		Grant(String code, App app, Account account, String redirectUri, List<String> scopes, String challenge,
				String challengeMethod, Instant expiresAt) {
			this.code = code;
			this.app = app;
			this.account = account;
			this.redirectUri = redirectUri;
			this.scopes = scopes;
			this.challenge = challenge;
			this.challengeMethod = challengeMethod;
			this.expiresAt = expiresAt;
		}

	}

	static final class Token {

		final String value;

		final App app;

		final Account account; // null for an app (client_credentials) token

		final List<String> scopes;

		final Instant createdAt;

		final Instant expiresAt; // null: never

		final String refreshToken; // null unless tokens expire

		volatile boolean revoked;

		Token(String value, App app, Account account, List<String> scopes, Instant createdAt, Instant expiresAt,
				String refreshToken) {
			this.value = value;
			this.app = app;
			this.account = account;
			this.scopes = scopes;
			this.createdAt = createdAt;
			this.expiresAt = expiresAt;
			this.refreshToken = refreshToken;
		}

		boolean expired() {
			return expiresAt != null && Instant.now().isAfter(expiresAt);
		}

		boolean usable() {
			return !revoked && !expired();
		}

	}

	record Status(String id, Account account, String text, String visibility, Instant createdAt, App app) {
	}

	private final String baseUrl;

	private final ServerMode mode;

	private final Map<String, Account> accounts = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

	private final Map<String, App> apps = new ConcurrentHashMap<>();

	private final List<App> appOrder = new ArrayList<>();

	private final Map<String, Grant> grants = new ConcurrentHashMap<>();

	private final Map<String, Token> tokens = new ConcurrentHashMap<>();

	private final Map<String, Token> byRefresh = new ConcurrentHashMap<>();

	private final List<String> tokenOrder = new ArrayList<>();

	private final List<Status> statuses = new ArrayList<>();

	private final Map<String, Status> idempotent = new ConcurrentHashMap<>();

	private final AtomicLong appIds = new AtomicLong(563_419);

	private final AtomicLong statusIds = new AtomicLong(113_000_000_000_000_000L);

	Store(String baseUrl, ServerMode mode) {
		this.baseUrl = baseUrl;
		this.mode = mode;
		accounts.put("bot", new Account("1", "bot", "Howdy Bot", "<p>I post the weather, hourly.</p>", true, 0x2B90D9));
		accounts.put("alice", new Account("2", "alice", "Alice", "<p>Just a person.</p>", false, 0xE0783C));
	}

	// --- accounts ---

	Account account(String username) {
		return accounts.get(username);
	}

	List<Account> accounts() {
		synchronized (accounts) {
			return List.copyOf(accounts.values());
		}
	}

	List<String> addAccounts(String prefix, int count) {
		List<String> names = new ArrayList<>();
		synchronized (accounts) {
			for (int i = 1; i <= count; i++) {
				String name = prefix + i;
				accounts.put(name, new Account(Integer.toString(1000 + accounts.size()), name, "Bot " + i,
						"<p>A class bot.</p>", true, 0x3B2790 + i * 0x0F0F));
				names.add(name);
			}
		}
		return names;
	}

	/**
	 * Accepts the username, {@code @username} or the e-mail address
	 * {@code username@fake.social}.
	 */
	Account login(String login, String password) {
		return login(login, password, false);
	}

	/**
	 * As {@link #login(String, String)}; with {@code emailOnly}, only the e-mail address
	 * {@code username@fake.social} (Mastodon and GoToSocial log in by e-mail).
	 */
	Account login(String login, String password, boolean emailOnly) {
		if (login == null || password == null) {
			return null;
		}
		String name = login.trim();
		if (emailOnly && !name.endsWith("@fake.social")) {
			return null;
		}
		if (name.startsWith("@")) {
			name = name.substring(1);
		}
		if (name.endsWith("@fake.social")) {
			name = name.substring(0, name.length() - "@fake.social".length());
		}
		Account a = accounts.get(name);
		return a != null && a.password.equals(password) ? a : null;
	}

	// --- apps ---

	App register(String name, String website, List<String> redirectUris, List<String> scopes) {
		App app = new App(Long.toString(appIds.getAndIncrement()), mode.clientIdShape().next(baseUrl),
				mode.secretShape().next(baseUrl), name, website, List.copyOf(redirectUris), List.copyOf(scopes),
				Instant.now());
		apps.put(app.clientId(), app);
		synchronized (appOrder) {
			appOrder.add(app);
		}
		return app;
	}

	App app(String clientId) {
		return clientId == null ? null : apps.get(clientId);
	}

	/** The app, if the secret is right (compared in constant time). */
	App authenticate(String clientId, String clientSecret) {
		App app = app(clientId);
		if (app == null || clientSecret == null) {
			return null;
		}
		boolean same = MessageDigest.isEqual(app.clientSecret().getBytes(StandardCharsets.UTF_8),
				clientSecret.getBytes(StandardCharsets.UTF_8));
		return same ? app : null;
	}

	void forgetApps() {
		apps.clear();
	}

	List<App> apps() {
		synchronized (appOrder) {
			return List.copyOf(appOrder);
		}
	}

	// --- codes ---

	Grant newGrant(App app, Account account, String redirectUri, List<String> scopes, String challenge, String method,
			Duration lifetime) {
		String code = mode.tokenShape() == SecretShapes.Shape.JWT ? SecretShapes.urlSafe(96)
				: mode.tokenShape().next(baseUrl);
		Grant g = new Grant(code, app, account, redirectUri, List.copyOf(scopes), challenge, method,
				Instant.now().plus(lifetime));
		grants.put(code, g);
		return g;
	}

	Grant grant(String code) {
		return code == null ? null : grants.get(code);
	}

	// --- tokens ---

	Token issue(App app, Account account, List<String> scopes) {
		return issue(app, account, scopes, mode.tokenLifetime());
	}

	/**
	 * A token that lives {@code lifetime} (null: never expires; negative: already
	 * expired).
	 */
	Token issue(App app, Account account, List<String> scopes, Duration lifetime) {
		Instant now = Instant.now();
		Token t = new Token(mode.tokenShape().next(baseUrl), app, account, List.copyOf(scopes), now,
				lifetime == null ? null : now.plus(lifetime), lifetime == null ? null : SecretShapes.urlSafe(48));
		tokens.put(t.value, t);
		if (t.refreshToken != null) {
			byRefresh.put(t.refreshToken, t);
		}
		synchronized (tokenOrder) {
			tokenOrder.add(t.value);
		}
		return t;
	}

	Token token(String value) {
		return value == null ? null : tokens.get(value);
	}

	Token byRefreshToken(String value) {
		return value == null ? null : byRefresh.get(value);
	}

	List<String> issuedTokens() {
		synchronized (tokenOrder) {
			return List.copyOf(tokenOrder);
		}
	}

	List<Token> liveTokens() {
		return tokens.values().stream().filter(Token::usable).toList();
	}

	// --- statuses ---

	/**
	 * Posts a status; with an Idempotency-Key the same account gets the same status back
	 * (Mastodon keeps keys for an hour).
	 */
	Status post(Account account, App app, String text, String visibility, String idempotencyKey) {
		if (idempotencyKey != null) {
			String key = account.id + ":" + idempotencyKey;
			return idempotent.computeIfAbsent(key, k -> newStatus(account, app, text, visibility));
		}
		return newStatus(account, app, text, visibility);
	}

	private Status newStatus(Account account, App app, String text, String visibility) {
		Status s = new Status(Long.toString(statusIds.addAndGet(65_536 + (long) (Math.random() * 4096))), account, text,
				visibility, Instant.now(), app);
		synchronized (statuses) {
			statuses.add(s);
		}
		return s;
	}

	List<Status> statuses() {
		synchronized (statuses) {
			return List.copyOf(statuses);
		}
	}

}
