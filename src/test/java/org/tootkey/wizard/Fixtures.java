package org.tootkey.wizard;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.tootkey.mastodon.Account;
import org.tootkey.mastodon.RegisteredApp;
import org.tootkey.oauth.GrantedToken;
import org.tootkey.server.ServerAddress;
import org.tootkey.server.ServerProfile;
import org.tootkey.server.ServerProfile.Capabilities;
import org.tootkey.server.ServerProfile.Registrations;

/** Values for slice tests. */
public final class Fixtures {

	/** Where the session-scoped {@link WizardSession} lives in the HTTP session. */
	public static final String WIZARD_ATTRIBUTE = "scopedTarget.wizardSession";

	private Fixtures() {
	}

	public static ServerProfile server() {
		ServerAddress address = ServerAddress.parse("example.social", false);
		URI base = address.baseUri();
		return new ServerProfile(address, "Example Social", "A friendly place", null, "mastodon", "4.5.0",
				Registrations.APPROVAL_REQUIRED, 1234L, List.of("Be kind"),
				new Capabilities(base.resolve("/oauth/authorize"), base.resolve("/oauth/token"),
						base.resolve("/oauth/revoke"), "https://example.social/",
						Set.of("read", "write", "push", "follow", "profile", "read:accounts", "write:statuses",
								"write:media", "read:notifications", "read:statuses", "write:accounts"),
						true, false, true));
	}

	public static RegisteredApp app() {
		return new RegisteredApp("client-id-1", "client-secret-1", "My bot", "http://localhost/callback",
				Set.of("write:statuses", "write:media", "profile"));
	}

	public static Account account(boolean bot) {
		return new Account("1", "bot", "Howdy Bot", null, null, bot);
	}

	public static GrantedToken token(String... scopes) {
		return new GrantedToken("token-1", Set.of(scopes), null);
	}

	/** A new wizard that has chosen this server. */
	public static WizardSession wizardWithServer(ServerProfile server) {
		WizardSession wizard = new WizardSession();
		wizard.serverChosen(server, null);
		return wizard;
	}

	/** Replaces the account of an authorized wizard. */
	public static void replaceAccount(WizardSession wizard, Account account) {
		wizard.accountUpdated(account);
	}

	/** A new wizard at the "authorized" step. */
	public static WizardSession authorizedWizard(String... scopes) {
		WizardSession wizard = new WizardSession();
		authorized(wizard, scopes);
		return wizard;
	}

	/** Moves a wizard to the "authorized" step. */
	public static void authorized(WizardSession wizard, String... scopes) {
		wizard.serverChosen(server(), null);
		wizard.appRegistered(Set.of(scopes), app());
		wizard.authorized(token(scopes), account(false));
	}

	/** A new wizard whose person said "yes, this is my bot". */
	public static WizardSession confirmedWizard(String... scopes) {
		WizardSession wizard = authorizedWizard(scopes);
		wizard.confirmed();
		return wizard;
	}

	/**
	 * A wizard with its server chosen and, if asked, its app registered; for a group (the
	 * organizer's road) or not.
	 */
	public static WizardSession registeredWizard(boolean forGroup, boolean withApp) {
		WizardSession wizard = new WizardSession();
		if (forGroup) {
			wizard.startGroup();
		}
		wizard.serverChosen(server(), null);
		if (withApp) {
			wizard.appRegistered(Set.of("profile", "write:statuses"), app());
		}
		return wizard;
	}

}
