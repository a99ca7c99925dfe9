package org.tootkey.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stateful fake Mastodon-API server ({@code com.sun.net.httpserver}, JSON by Jackson)
 * that validates like the real servers do, and can imitate other server programs
 * ({@link ServerMode}). It listens on 127.0.0.1.
 *
 * <pre>{@code
 * try (FakeMastodon server = FakeMastodon.start()) {
 *     String base = server.baseUrl();   // http://127.0.0.1:<port>
 *     ...
 *     assertThat(server.count("POST", "/oauth/token")).isEqualTo(1);
 * }
 * }</pre>
 *
 * Run it by hand:
 * {@code java -cp target/test-classes org.tootkey.fake.FakeMastodon 8001 MASTODON_4_5}.
 * Test logins: {@code bot}/{@code password} (a bot account) and
 * {@code alice}/{@code password} (a person).
 */
public final class FakeMastodon implements AutoCloseable {

	/**
	 * Handler threads; {@code -Dtootkey.fake.threads=N} raises it for load runs (bench/).
	 */
	private static final int THREADS = Integer.getInteger("tootkey.fake.threads", 32);

	private static final int BACKLOG = 512;

	private static final int MAX_BODY = 1024 * 1024;

	private final ServerMode mode;

	private final Connections connections;

	private final ConnectionFront front;

	private final HttpServer http;

	private final ExecutorService pool;

	private final String baseUrl;

	private final String hostAndPort;

	private final Store store;

	private final DiscoveryEndpoints discovery;

	private final OAuthEndpoints oauth;

	private final ApiEndpoints api;

	private final List<RecordedRequest> recorded = new ArrayList<>();

	private final Map<String, List<String>> browserSessions = new ConcurrentHashMap<>();

	private final Map<String, Fault> faults = new ConcurrentHashMap<>();

	private final AtomicLong received = new AtomicLong();

	private volatile Duration latency = Duration.ZERO;

	private volatile boolean closeConnections;

	private volatile Duration codeLifetime;

	private volatile boolean advertiseIss;

	private volatile boolean rejectVerifierWithoutPkce;

	private volatile String grantOnly;

	private volatile String appRefusal;

	private volatile String description;

	private volatile Boolean registrationsEnabled;

	private volatile boolean registrationsNeedApproval;

	private volatile String accountDomain;

	private volatile FakeMastodon delegate;

	private volatile Delegation delegation;

	private volatile boolean recording = true;

	private volatile RegistrationThrottle registrationThrottle;

	private FakeMastodon(ServerMode mode, int port, Connections connections) {
		this.mode = mode;
		this.connections = connections;
		boolean fronted = connections != Connections.KEEP_ALIVE;
		int httpPort = fronted ? 0 : port;
		try {
			this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), httpPort), BACKLOG);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + httpPort, e);
		}
		this.front = fronted ? new ConnectionFront(connections, port, http.getAddress()) : null;
		int actualPort = fronted ? front.port() : http.getAddress().getPort();
		this.hostAndPort = "127.0.0.1:" + actualPort;
		this.baseUrl = "http://" + hostAndPort;
		this.codeLifetime = mode.defaultCodeLifetime();
		this.advertiseIss = mode.advertisesIss();
		this.store = new Store(baseUrl, mode);
		this.discovery = new DiscoveryEndpoints(this);
		this.oauth = new OAuthEndpoints(this);
		this.api = new ApiEndpoints(this);
		this.pool = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
				daemonThreads("fake-" + mode.name().toLowerCase() + "-" + actualPort));
		http.setExecutor(pool);
		http.createContext("/", this::dispatch);
		http.start();
	}

	// ------------------------------------------------------------------ lifecycle

	/** Mastodon 4.5 on 127.0.0.1 and an ephemeral port. */
	public static FakeMastodon start() {
		return start(ServerMode.MASTODON_4_5);
	}

	public static FakeMastodon start(ServerMode mode) {
		return start(mode, 0);
	}

	/**
	 * @param port 0 for an ephemeral port
	 */
	public static FakeMastodon start(ServerMode mode, int port) {
		return start(mode, port, Connections.KEEP_ALIVE);
	}

	/**
	 * A server in this mode that treats connections as {@code connections} says (closing
	 * them without notice …).
	 */
	public static FakeMastodon start(ServerMode mode, Connections connections) {
		return start(mode, 0, connections);
	}

	/**
	 * @param port 0 for an ephemeral port
	 */
	public static FakeMastodon start(ServerMode mode, int port, Connections connections) {
		return new FakeMastodon(mode, port, connections);
	}

	/** {@code http://127.0.0.1:<port>}, no trailing slash. */
	public String baseUrl() {
		return baseUrl;
	}

	public int port() {
		return front != null ? front.port() : http.getAddress().getPort();
	}

	public Connections connections() {
		return connections;
	}

	/**
	 * {@code 127.0.0.1:<port>} — also the domain of the accounts
	 * ({@code @bot@127.0.0.1:<port>}).
	 */
	public String hostAndPort() {
		return hostAndPort;
	}

	public ServerMode mode() {
		return mode;
	}

	/**
	 * Stops at once (open connections are dropped) and interrupts handlers still sleeping
	 * (latency, faults).
	 */
	@Override
	public void close() {
		if (front != null) {
			front.close();
		}
		http.stop(0);
		pool.shutdownNow();
	}

	// ------------------------------------------------------------------ recording

	/** Every request received, in order (a copy). */
	public List<RecordedRequest> requests() {
		synchronized (recorded) {
			return List.copyOf(recorded);
		}
	}

	/** How many requests had this method and a path starting with {@code pathPrefix}. */
	public long count(String method, String pathPrefix) {
		synchronized (recorded) {
			return recorded.stream()
				.filter(r -> r.method().equalsIgnoreCase(method) && r.path().startsWith(pathPrefix))
				.count();
		}
	}

	/**
	 * Off: requests are no longer recorded (long load runs would otherwise keep every
	 * request); counts still work.
	 */
	public void recordRequests(boolean on) {
		this.recording = on;
	}

	/** How many requests arrived (recorded or not). */
	public long requestCount() {
		return received.get();
	}

	public void clearRequests() {
		synchronized (recorded) {
			recorded.clear();
		}
	}

	// ------------------------------------------------------------------ knobs

	/**
	 * Answers every request with "Connection: close", so clients open a new connection
	 * (and resolve the name) each time.
	 */
	public void closeConnections(boolean on) {
		this.closeConnections = on;
	}

	/** Sleep this long before answering every request. */
	public void latency(Duration perRequest) {
		this.latency = perRequest == null ? Duration.ZERO : perRequest;
	}

	/**
	 * Make requests whose path starts with {@code pathPrefix} misbehave; {@code null}
	 * removes. Longest prefix wins.
	 */
	public void fault(String pathPrefix, Fault fault) {
		if (fault == null) {
			faults.remove(pathPrefix);
		}
		else {
			faults.put(pathPrefix, fault);
		}
	}

	public void clearFaults() {
		faults.clear();
	}

	/**
	 * How long authorization codes stay valid (default: the mode's — 10 minutes for
	 * Mastodon, Doorkeeper's default).
	 */
	public void codeLifetime(Duration d) {
		this.codeLifetime = d;
	}

	/**
	 * RFC 9207: when on, the metadata document says
	 * {@code authorization_response_iss_parameter_supported: true} and the authorize
	 * redirects (approve and deny) carry {@code iss=<issuer>}. Off by default: Mastodon's
	 * metadata presenter has no such field (mastodon/mastodon
	 * app/presenters/oauth_metadata_presenter.rb).
	 */
	public void advertiseIss(boolean on) {
		this.advertiseIss = on;
	}

	/**
	 * For servers without PKCE (Mastodon before 4.3, …): when on, a {@code code_verifier}
	 * at the token endpoint is refused with invalid_request, as Doorkeeper does when its
	 * grants table has no PKCE columns ({@code not_support_pkce} in
	 * doorkeeper-gem/doorkeeper authorization_code_request.rb). Off by default: the
	 * verifier is ignored. Whether Mastodon 4.2's database had the columns is not
	 * verified.
	 */
	public void rejectCodeVerifierWithoutPkce(boolean on) {
		this.rejectVerifierWithoutPkce = on;
	}

	/**
	 * Tokens carry only these scopes (space-separated), whatever was asked and
	 * registered: a server granting less than asked. {@code null} restores the mode's
	 * behaviour.
	 */
	public void grantOnly(String scopes) {
		this.grantOnly = scopes;
	}

	/**
	 * {@code POST /api/v1/apps} answers 422 {"error": reason}, Mastodon's shape for a
	 * validation failure (mastodon/mastodon app/controllers/api/base_controller.rb
	 * rescues ActiveRecord::RecordInvalid as 422 with {@code error: e.to_s}).
	 * {@code null} restores normal registration.
	 */
	public void refuseApps(String reason) {
		this.appRefusal = reason;
	}

	/**
	 * Mastodon's limit on {@code POST /api/v1/apps}: five per ten minutes per client
	 * address (IPv6 by /64), then 429 with {@code X-RateLimit-*} headers
	 * ({@link RegistrationThrottle} cites the source). Off by default.
	 */
	public void throttleRegistrations(boolean on) {
		this.registrationThrottle = on ? RegistrationThrottle.mastodon() : null;
	}

	/** Apps registered so far (each successful {@code POST /api/v1/apps}). */
	public int registrationsMade() {
		return store.apps().size();
	}

	/** Registrations refused by the throttle so far. */
	public int registrationsThrottled() {
		RegistrationThrottle throttle = registrationThrottle;
		return throttle != null ? throttle.refused() : 0;
	}

	/** When the throttle's current window ends ({@code X-RateLimit-Reset}). */
	public java.time.Instant registrationThrottleReset() {
		return RegistrationThrottle.mastodon().resetAfter(java.time.Instant.now());
	}

	/**
	 * Adds {@code count} person accounts {@code prefix1} … {@code prefixN} (password
	 * {@code password}), for a class of participants each logging in as their own bot.
	 * @return the usernames
	 */
	public List<String> addAccounts(String prefix, int count) {
		return store.addAccounts(prefix, count);
	}

	RegistrationThrottle registrationThrottle() {
		return registrationThrottle;
	}

	/**
	 * The instance description (v1 and v2), sent as given: servers put HTML there.
	 * {@code null} restores the default.
	 */
	public void description(String html) {
		this.description = html;
	}

	/**
	 * Sign-ups as /api/v2/instance {@code registrations.enabled/approval_required} and v1
	 * {@code registrations} / {@code approval_required} report them
	 * (mastodon/documentation content/en/entities/Instance.md).
	 */
	public void registrations(boolean enabled, boolean approvalRequired) {
		this.registrationsEnabled = enabled;
		this.registrationsNeedApproval = approvalRequired;
	}

	/**
	 * How a handle's domain points to the server that runs the API, as a Mastodon with
	 * {@code LOCAL_DOMAIN} different from {@code WEB_DOMAIN} does (mastodon/documentation
	 * content/en/admin/config.md, "LOCAL_DOMAIN": the account domain forwards
	 * /.well-known/webfinger and /.well-known/host-meta to the web domain).
	 */
	public enum Delegation {

		/**
		 * This site answers WebFinger itself, with a {@code self} link on the API server.
		 */
		WEBFINGER_ANSWER,
		/**
		 * This site answers WebFinger with a 301 to the API server's WebFinger (the
		 * documented setup).
		 */
		WEBFINGER_REDIRECT,
		/**
		 * WebFinger is missing here (404); {@code /.well-known/host-meta} names the API
		 * server's WebFinger template.
		 */
		HOST_META

	}

	/**
	 * Makes this fake the account domain of {@code apiServer}: handles
	 * {@code @name@<this host:port>} belong to accounts on {@code apiServer}. Works in
	 * every mode (typically {@link ServerMode#PLAIN_WEBSITE}).
	 */
	public void delegateAccountsTo(FakeMastodon apiServer, Delegation how) {
		this.delegate = apiServer;
		this.delegation = how;
		apiServer.accountDomain = this.hostAndPort;
	}

	// ------------------------------------------------------------------ keys made
	// earlier

	/**
	 * A key someone already has: the app's client ID and secret and an access token, as
	 * made months ago with Tootkey, the server's Development page or a script.
	 */
	public record Key(String clientId, String clientSecret, String accessToken) {
	}

	/**
	 * Registers an app and issues it a token for {@code username} (null: an app-only
	 * token, as the client_credentials grant makes) with these space-separated scopes,
	 * living as long as this server's tokens do.
	 */
	public Key issueKey(String username, String appName, String website, String scopes) {
		return issueKey(username, appName, website, scopes, mode.tokenLifetime());
	}

	/**
	 * As {@link #issueKey(String, String, String, String)}, living {@code lifetime}
	 * (negative: already expired).
	 */
	public Key issueKey(String username, String appName, String website, String scopes, Duration lifetime) {
		Store.Account account = null;
		if (username != null) {
			account = store.account(username);
			if (account == null) {
				throw new IllegalArgumentException("No account " + username);
			}
		}
		Store.App app = store.register(appName, website, List.of("urn:ietf:wg:oauth:2.0:oob"),
				ServerScopes.parse(scopes));
		Store.Token token = store.issue(app, account, ServerScopes.parse(scopes), lifetime);
		return new Key(app.clientId(), app.clientSecret(), token.value);
	}

	/**
	 * Revokes a token, as its owner pressing "Revoke" on the server's authorized-apps
	 * page would.
	 */
	public void revokeToken(String accessToken) {
		Store.Token t = store.token(accessToken);
		if (t == null) {
			throw new IllegalArgumentException("No such token");
		}
		t.revoked = true;
	}

	// ------------------------------------------------------------------ browser sessions

	/** The cookie that carries a browser's login at the fake (path /, host 127.0.0.1). */
	public static final String SESSION_COOKIE = "fake_session";

	/**
	 * A browser that already logged in here: returns the value for a
	 * {@link #SESSION_COOKIE} cookie that makes the fake treat the browser as logged in
	 * as these accounts (usually one; several for the account chooser of
	 * {@link ServerMode#ICESHRIMP_NET}). Then the authorize page goes straight to the
	 * consent for that account, whatever {@code force_login} says — as Mastodon does: its
	 * {@code authenticate_resource_owner!} lets a signed-in user through and
	 * {@code force_login} only decides whether the consent page is shown when a token
	 * already exists (mastodon/mastodon
	 * app/controllers/oauth/authorizations_controller.rb lines 7 and 19). A browser that
	 * logs in on the consent page gets the cookie too, so the next authorization in it
	 * skips the login — except on GoToSocial, which clears its session after each
	 * authorization (superseriousbusiness/gotosocial internal/api/auth/authorize.go line
	 * 201).
	 */
	public String logInBrowser(String... usernames) {
		for (String username : usernames) {
			if (store.account(username) == null) {
				throw new IllegalArgumentException("No account " + username);
			}
		}
		String id = java.util.UUID.randomUUID().toString();
		browserSessions.put(id, new java.util.concurrent.CopyOnWriteArrayList<>(usernames));
		return id;
	}

	/** The usernames the browser making this call is logged in as (empty if none). */
	List<String> loggedIn(Call call) {
		String id = sessionId(call);
		List<String> names = id == null ? null : browserSessions.get(id);
		return names == null ? List.of() : List.copyOf(names);
	}

	/**
	 * Remembers a login in the caller's browser session; returns the Set-Cookie value to
	 * send.
	 */
	String rememberLogin(Call call, String username) {
		String id = sessionId(call);
		List<String> names = id == null ? null : browserSessions.get(id);
		if (names == null) {
			id = logInBrowser(username);
		}
		else if (!names.contains(username)) {
			names.add(username);
		}
		return SESSION_COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Lax";
	}

	/** Ends the caller's browser session; returns the Set-Cookie value that clears it. */
	String forgetLogin(Call call) {
		String id = sessionId(call);
		if (id != null) {
			browserSessions.remove(id);
		}
		return SESSION_COOKIE + "=; Path=/; Max-Age=0";
	}

	private static String sessionId(Call call) {
		String cookies = call.header("Cookie");
		if (cookies == null) {
			return null;
		}
		for (String part : cookies.split(";")) {
			String[] pair = part.trim().split("=", 2);
			if (pair.length == 2 && pair[0].equals(SESSION_COOKIE)) {
				return pair[1];
			}
		}
		return null;
	}

	// ------------------------------------------------------------------ state for
	// assertions

	/** Issued, not revoked, not expired. */
	public boolean tokenIsValid(String accessToken) {
		Store.Token t = store.token(accessToken);
		return t != null && t.usable();
	}

	/** The token's scopes, space-separated. */
	public Optional<String> scopesOfToken(String accessToken) {
		return Optional.ofNullable(store.token(accessToken)).map(t -> ServerScopes.join(t.scopes));
	}

	/**
	 * The client_id of the app a token was issued to (empty for an unknown token): which
	 * journey got which token.
	 */
	public Optional<String> clientIdOfToken(String accessToken) {
		return Optional.ofNullable(store.token(accessToken)).map(t -> t.app.clientId());
	}

	/**
	 * The username of the account a token belongs to (empty for an unknown or app-only
	 * token).
	 */
	public Optional<String> usernameOfToken(String accessToken) {
		return Optional.ofNullable(store.token(accessToken)).map(t -> t.account).map(a -> a.username);
	}

	/** All access tokens issued, in order (revoked ones included). */
	public List<String> issuedTokens() {
		return store.issuedTokens();
	}

	public List<StoredApp> apps() {
		return store.apps()
			.stream()
			.map(a -> new StoredApp(a.clientId(), a.clientSecret(), a.name(), String.join("\n", a.redirectUris()),
					ServerScopes.join(a.scopes()), a.website()))
			.toList();
	}

	/** Deletes every registered app, as an admin deleting them on the server would. */
	public void forgetApps() {
		store.forgetApps();
	}

	/** The texts of POST /api/v1/statuses, in order. */
	public List<String> statusesPosted() {
		return store.statuses().stream().map(Store.Status::text).toList();
	}

	public boolean accountIsBot(String username) {
		Store.Account a = store.account(username);
		if (a == null) {
			throw new IllegalArgumentException("No account " + username);
		}
		return a.bot;
	}

	// ------------------------------------------------------------------ for the
	// endpoints

	Store store() {
		return store;
	}

	/** Mastodon's issuer is {@code root_url}: the base URL with a trailing slash. */
	String issuer() {
		String claimed = claimedIssuer;
		return claimed != null ? claimed : baseUrl + "/";
	}

	// ------------------------------------------------------------------ hostile (issue
	// 11)

	private volatile String claimedIssuer;

	private volatile FakeMastodon mixUpTarget;

	private volatile String mixUpClientId;

	/**
	 * Names another issuer in the metadata and in {@code iss} than this server's own
	 * origin (RFC 8414 §3.3 requires the metadata's {@code issuer} to be the origin the
	 * document was fetched from). {@code null}: own.
	 */
	public void claimIssuer(String issuer) {
		this.claimedIssuer = issuer;
	}

	/**
	 * The OAuth mix-up attack (RFC 9207 §1; "A Comprehensive Formal Security Analysis of
	 * OAuth 2.0", Fett et al. 2016): this server's authorize page forwards the visitor to
	 * {@code honest}'s authorize page with the same {@code state}, {@code redirect_uri}
	 * and PKCE challenge but the attacker's own {@code client_id} there, so the visitor
	 * approves at the honest server, whose code comes back to the client, which (unless
	 * it checks {@code iss}) would send it and its PKCE verifier to this server's token
	 * endpoint. {@code null}: off.
	 */
	public void mixUpWith(FakeMastodon honest, String clientIdAtHonest) {
		this.mixUpTarget = honest;
		this.mixUpClientId = clientIdAtHonest;
	}

	private Reply mixUp(Call call) {
		FakeMastodon target = mixUpTarget;
		if (target == null || !"GET".equals(call.method) || !"/oauth/authorize".equals(call.path)) {
			return null;
		}
		Map<String, String> query = new java.util.LinkedHashMap<>();
		call.query.forEach((name, values) -> query.put(name, values.get(0)));
		query.put("client_id", mixUpClientId);
		return Reply.redirect(Form.appendQuery(target.baseUrl() + "/oauth/authorize", query));
	}

	boolean issEnabled() {
		return advertiseIss;
	}

	Duration currentCodeLifetime() {
		return codeLifetime;
	}

	boolean verifierWithoutPkceRejected() {
		return rejectVerifierWithoutPkce;
	}

	String grantOverride() {
		return grantOnly;
	}

	String appRefusal() {
		return appRefusal;
	}

	String descriptionOverride() {
		return description;
	}

	Boolean registrationsEnabled() {
		return registrationsEnabled;
	}

	boolean registrationsNeedApproval() {
		return registrationsNeedApproval;
	}

	/**
	 * The domain in this server's handles (its own host and port unless another site
	 * delegates to it).
	 */
	String accountDomain() {
		return accountDomain != null ? accountDomain : hostAndPort;
	}

	FakeMastodon delegate() {
		return delegate;
	}

	Delegation delegation() {
		return delegation;
	}

	// ------------------------------------------------------------------ dispatch

	private void dispatch(HttpExchange ex) {
		try {
			byte[] body = readBody(ex.getRequestBody());
			Call call = new Call(ex, body);
			record(call);
			if (closeConnections) {
				ex.getResponseHeaders().set("Connection", "close");
			}
			Duration wait = latency;
			if (!wait.isZero() && !wait.isNegative()) {
				Thread.sleep(wait.toMillis());
			}
			Fault fault = faultFor(call.path);
			if (fault != null && !FaultInjector.usesRealAnswer(fault)) {
				FaultInjector.answer(fault, ex);
				return;
			}
			Reply reply = route(call);
			if (fault != null) {
				reply = FaultInjector.transform(fault, reply);
			}
			reply.writeTo(ex);
		}
		catch (InterruptedException closing) {
			Thread.currentThread().interrupt();
		}
		catch (IOException clientWentAway) {
			// nothing to answer to
		}
		catch (RuntimeException bug) {
			System.err.println("FakeMastodon: " + bug);
			bug.printStackTrace();
			try {
				Reply.json(500, Json.obj("error", "Fake server bug: " + bug)).writeTo(ex);
			}
			catch (IOException | RuntimeException ignored) {
				// headers may be gone already
			}
		}
		finally {
			ex.close();
		}
	}

	private Reply route(Call call) {
		try {
			Reply r = mixUp(call);
			if (r == null) {
				r = discovery.handle(call);
			}
			if (r == null) {
				r = oauth.handle(call);
			}
			if (r == null) {
				r = api.handle(call);
			}
			return r != null ? r : Reply.html(404, Pages.notFound());
		}
		catch (Params.Malformed e) {
			// Rails: ActionDispatch::Http::Parameters::ParseError → 400 (wording not
			// verified)
			return Reply.json(400, Json.obj("error", "Error occurred while parsing request parameters"));
		}
	}

	private Fault faultFor(String path) {
		return faults.entrySet()
			.stream()
			.filter(e -> path.startsWith(e.getKey()))
			.max(Comparator.comparingInt(e -> e.getKey().length()))
			.map(Map.Entry::getValue)
			.orElse(null);
	}

	private void record(Call call) {
		received.incrementAndGet();
		if (!recording) {
			return;
		}
		Map<String, List<String>> headers = new LinkedHashMap<>();
		call.exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
		RecordedRequest r = new RecordedRequest(call.method, call.path, call.rawQuery, headers, call.body,
				java.time.Instant.now());
		synchronized (recorded) {
			recorded.add(r);
		}
	}

	private static byte[] readBody(InputStream in) throws IOException {
		byte[] body = in.readNBytes(MAX_BODY);
		in.transferTo(OutputStreamSink.INSTANCE); // drain anything larger so the
													// connection stays usable
		return body;
	}

	/** Discards bytes. */
	private static final class OutputStreamSink extends java.io.OutputStream {

		static final OutputStreamSink INSTANCE = new OutputStreamSink();

		@Override
		public void write(int b) {
		}

		@Override
		public void write(byte[] b, int off, int len) {
		}

	}

	private static ThreadFactory daemonThreads(String prefix) {
		AtomicInteger n = new AtomicInteger();
		return r -> {
			Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		};
	}

	// ------------------------------------------------------------------ standalone

	/**
	 * {@code java -cp target/test-classes org.tootkey.fake.FakeMastodon [port] [mode] [connections]}
	 * — port defaults to 8001, mode to MASTODON_4_5, connections to KEEP_ALIVE
	 * ({@link Connections}). Runs until interrupted (Ctrl-C).
	 */
	public static void main(String[] args) throws InterruptedException {
		int port = 8001;
		if (args.length > 0) {
			try {
				port = Integer.parseInt(args[0]);
			}
			catch (NumberFormatException ex) {
				port = -1;
			}
			if (port < 0 || port > 65535) {
				exit("Not a port: " + args[0]
						+ ". Usage: FakeMastodon [port (0 picks a free one)] [mode] [connections]");
			}
		}
		ServerMode mode = ServerMode.MASTODON_4_5;
		if (args.length > 1) {
			try {
				mode = ServerMode.valueOf(args[1].toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				exit("Unknown mode: " + args[1] + ". Modes: " + java.util.Arrays.toString(ServerMode.values()));
			}
		}
		Connections connections = Connections.KEEP_ALIVE;
		if (args.length > 2) {
			try {
				connections = Connections.valueOf(args[2].toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				exit("Unknown connections: " + args[2] + ". Choose from "
						+ java.util.Arrays.toString(Connections.values()));
			}
		}
		FakeMastodon server = null;
		try {
			server = start(mode, port, connections);
		}
		catch (RuntimeException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof java.net.BindException) {
					exit("Port " + port + " is in use. Pick another, or 0 for a free one.");
				}
			}
			exit("The fake server could not start: " + ex.getMessage());
		}
		FakeMastodon started = server;
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			started.close();
			stopped.countDown();
		}));
		System.out.println("Fake " + mode + " server at " + server.baseUrl());
		System.out.println("  Server to enter in the wizard: " + server.baseUrl()
				+ "  (with http://: without it the wizard uses https)");
		System.out.println("  Log in as:  bot / password   (a bot account, @bot@" + server.hostAndPort() + ")");
		System.out.println("          or  alice / password (a person)");
		System.out.println("  Tootkey must allow local servers: TOOTKEY_ALLOW_LOCAL_SERVERS=true");
		System.out.println("Press Ctrl-C to stop.");
		stopped.await();
	}

	/** One plain line for the person at the terminal, no stack trace. */
	private static void exit(String message) {
		System.err.println(message);
		System.exit(2);
	}

}
