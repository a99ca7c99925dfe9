package org.tootkey.wizard;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
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

	private Step step = Step.STARTED;

	private ServerProfile server;

	private AccountCheck accountCheck = AccountCheck.naming(null);

	private Set<String> requestedScopes = Set.of();

	private RegisteredApp app;

	private GrantedToken token;

	private Account account;

	private PostedStatus firstPost;

	private boolean group;

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
	}

	void serverChosen(ServerProfile server, String expectedAccount) {
		this.server = server;
		this.accountCheck = AccountCheck.naming(expectedAccount);
		this.requestedScopes = Set.of();
		this.app = null;
		this.token = null;
		this.account = null;
		this.firstPost = null;
		this.step = Step.SERVER_CHOSEN;
	}

	void appRegistered(Set<String> scopes, RegisteredApp app) {
		// Usually the app was registered with exactly what was asked, in the same order:
		// then the session keeps one set, not two equal copies (each ~300 bytes).
		this.requestedScopes = sameInOrder(scopes, app.scopes()) ? app.scopes()
				: Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
		this.app = app;
		this.token = null;
		this.account = null;
		this.step = Step.APP_REGISTERED;
	}

	private static boolean sameInOrder(Set<String> asked, Set<String> registered) {
		return registered != null && asked.size() == registered.size()
				&& List.copyOf(asked).equals(List.copyOf(registered));
	}

	void authorized(GrantedToken token, Account account) {
		this.token = token;
		this.account = account;
		this.accountCheck = AccountCheck.naming(this.accountCheck.expected());
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
	void refused(AccountCheck.Refusal why, String handle) {
		this.token = null;
		this.account = null;
		this.firstPost = null;
		this.accountCheck = this.accountCheck.refused(why, handle);
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

	/** The account the person named and the keys given back. */
	AccountCheck accountCheck() {
		return this.accountCheck;
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

	/**
	 * Effective scopes: what the server is known to grant whatever was asked (Pixelfed,
	 * Sharkey), else what it says it granted, else what we asked for.
	 */
	public Set<String> grantedScopes() {
		return Scopes.granted((this.server != null) ? this.server.alwaysGrantedScopes() : Set.of(),
				(this.token != null) ? this.token.scopes() : null, this.requestedScopes);
	}

}
