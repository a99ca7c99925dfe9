package org.tootkey.wizard;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.SessionScope;
import org.tootkey.mastodon.Account;
import org.tootkey.mastodon.PostedStatus;
import org.tootkey.mastodon.RegisteredApp;
import org.tootkey.oauth.GrantedToken;
import org.tootkey.server.ServerProfile;

/**
 * One visitor's wizard, in their HTTP session only (never persisted, never shared). Moves
 * through {@link Step#STARTED} → {@link Step#SERVER_CHOSEN} → {@link Step#APP_REGISTERED}
 * → {@link Step#AUTHORIZED} → {@link Step#CONFIRMED} (the person said "yes, this is my
 * bot"); showing the credentials ends the session.
 */
@Component("wizardSession")
@SessionScope
public class WizardSession implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/**
	 * Session attribute marking a session that exists only because credentials were shown
	 * in it (the wizard's own session ended with the reveal): pages of the finished
	 * wizard then say "already shown" instead of "start at step 1".
	 */
	public static final String REVEALED = WizardSession.class.getName() + ".REVEALED";

	/** How far the visitor has come. */
	public enum Step {

		STARTED("/server"), SERVER_CHOSEN("/permissions"), APP_REGISTERED("/authorize"), AUTHORIZED("/authorized"),
		CONFIRMED("/ready");

		private final String path;

		Step(String path) {
			this.path = path;
		}

		/** The page where this step's work is done. */
		public String path() {
			return this.path;
		}

	}

	/**
	 * Why a key was given back: the person said "no", or it is not the account they
	 * named.
	 */
	public enum Refusal {

		NOT_MINE, NOT_THE_NAMED_ACCOUNT

	}

	private Step step = Step.STARTED;

	private ServerProfile server;

	private String expectedAccount;

	private Set<String> requestedScopes = Set.of();

	private RegisteredApp app;

	private GrantedToken token;

	private Account account;

	private PostedStatus firstPost;

	private Refusal refusal;

	private String refusedAccount;

	private boolean group;

	private boolean joined;

	public Step step() {
		return this.step;
	}

	/** The page of the step the visitor is at. */
	public String currentPath() {
		return this.step.path();
	}

	public boolean reached(Step wanted) {
		return this.step.compareTo(wanted) >= 0;
	}

	/**
	 * The organizer's road: the same server and permissions pages, but the app registered
	 * at the end is for a whole group, shared as a class link instead of authorized here.
	 */
	public void startGroup() {
		this.group = true;
	}

	/** Whether this wizard registers an app for a group (the organizer's road). */
	public boolean forGroup() {
		return this.group;
	}

	/**
	 * A participant came with a class link: the server and the app are the organizer's,
	 * and the journey continues at the authorize step as if this visitor had registered
	 * the app.
	 */
	public void joinedClass(ServerProfile server, RegisteredApp app) {
		serverChosen(server, null);
		appRegistered(app.scopes(), app);
		this.group = false;
		this.joined = true;
	}

	/**
	 * Whether the app came from a class link (it is shared with a group, not this
	 * visitor's own).
	 */
	public boolean joinedWithLink() {
		return this.joined;
	}

	void serverChosen(ServerProfile server, String expectedAccount) {
		this.server = server;
		this.expectedAccount = expectedAccount;
		this.requestedScopes = Set.of();
		this.app = null;
		this.token = null;
		this.account = null;
		this.firstPost = null;
		this.refusal = null;
		this.refusedAccount = null;
		this.step = Step.SERVER_CHOSEN;
	}

	void appRegistered(Set<String> scopes, RegisteredApp app) {
		this.requestedScopes = Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
		this.app = app;
		this.token = null;
		this.account = null;
		this.step = Step.APP_REGISTERED;
	}

	void authorized(GrantedToken token, Account account) {
		this.token = token;
		this.account = account;
		this.refusal = null;
		this.refusedAccount = null;
		this.step = Step.AUTHORIZED;
	}

	/** The person said "yes, this is my bot": the extras and the reveal are open. */
	void confirmed() {
		this.step = Step.CONFIRMED;
	}

	/**
	 * Back to "app registered": the key was given back (revoked) because it is for
	 * another account. The app stays, so trying again needs no new registration.
	 * @param why the person said "no", or the account is not the one they named
	 * @param handle the account the key was for, e.g. {@code @alice@example.social}
	 */
	void refused(Refusal why, String handle) {
		this.token = null;
		this.account = null;
		this.firstPost = null;
		this.refusal = why;
		this.refusedAccount = handle;
		this.step = Step.APP_REGISTERED;
	}

	void accountUpdated(Account account) {
		this.account = account;
	}

	void posted(PostedStatus status) {
		this.firstPost = status;
	}

	public ServerProfile server() {
		return this.server;
	}

	public String expectedAccount() {
		return this.expectedAccount;
	}

	public Set<String> requestedScopes() {
		return this.requestedScopes;
	}

	public RegisteredApp app() {
		return this.app;
	}

	public GrantedToken token() {
		return this.token;
	}

	public Account account() {
		return this.account;
	}

	public PostedStatus firstPost() {
		return this.firstPost;
	}

	/** Why the last key was given back, or null. */
	public Refusal refusal() {
		return this.refusal;
	}

	/** The account the last given-back key was for, or null. */
	public String refusedAccount() {
		return this.refusedAccount;
	}

	/**
	 * Whether an account (by its local user name) is the one the person named, if they
	 * named one.
	 */
	public boolean isExpected(Account account) {
		return this.expectedAccount == null || this.expectedAccount.equalsIgnoreCase(account.username());
	}

	/** The account the person named, in full ({@code @bot@example.social}), or null. */
	public String expectedHandle() {
		return (this.expectedAccount != null) ? "@" + this.expectedAccount + "@" + this.server.handleDomain() : null;
	}

	/**
	 * Effective scopes: what the server is known to grant whatever was asked (Pixelfed,
	 * Sharkey), else what it says it granted, else what we asked for.
	 */
	public Set<String> grantedScopes() {
		return Scopes.granted((this.server != null) ? this.server.alwaysGrantedScopes() : Set.of(),
				(this.token != null) ? this.token.scopes() : null, this.requestedScopes);
	}

}
