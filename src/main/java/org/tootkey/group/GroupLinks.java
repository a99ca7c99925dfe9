package org.tootkey.group;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tootkey.mastodon.RegisteredApp;
import org.tootkey.oauth.OAuthFlow;
import org.tootkey.server.ServerProfile;
import org.tootkey.wizard.WizardSession;

/**
 * The organizer's class link: sealed once per app (again when a new end is chosen), the
 * address participants open, its QR code and what the link and handout pages show about
 * it.
 */
@Component
class GroupLinks {

	private final WizardSession wizard;

	private final GroupSession group;

	private final LinkSealer sealer;

	private final LinkProperties properties;

	private final Clock clock;

	GroupLinks(WizardSession wizard, GroupSession group, LinkSealer sealer, LinkProperties properties, Clock clock) {
		this.wizard = wizard;
		this.group = group;
		this.sealer = sealer;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The link for the current app: sealed once, or again when a new lifetime is chosen.
	 */
	String current(Duration lifetime) {
		RegisteredApp app = this.wizard.app();
		String sealed = this.group.sealedFor(app.clientId());
		if (sealed == null || lifetime != null) {
			Instant expiresAt = this.clock.instant().plus((lifetime != null) ? lifetime : this.properties.lifetime());
			sealed = this.sealer.seal(new ClassLink(this.wizard.server(), app, expiresAt), app.redirectUri());
			this.group.sealed(app.clientId(), sealed, expiresAt);
		}
		return sealed;
	}

	void addTo(Model model, String sealed) {
		ServerProfile server = this.wizard.server();
		RegisteredApp app = this.wizard.app();
		String url = tootkeyBase(app) + JoinController.PATH + sealed;
		model.addAttribute("link", url);
		model.addAttribute("qr", QrCodes.of(url));
		model.addAttribute("server", server);
		model.addAttribute("app", app);
		model.addAttribute("scopes", app.scopes().stream().sorted().toList());
		model.addAttribute("expiresAt", JoinController.formatted(this.group.expiresAt()));
		model.addAttribute("revokePage", RevokePages.forSoftware(server));
		model.addAttribute("afterwards", RevokePages.afterwardsKey(server));
		model.addAttribute("software",
				(server.softwareName() != null) ? server.softwareName() : server.displayDomain());
	}

	/**
	 * This Tootkey's own address, as registered with the server: the callback, minus its
	 * path.
	 */
	static String tootkeyBase(RegisteredApp app) {
		String callback = app.redirectUri();
		return callback.endsWith(OAuthFlow.CALLBACK_PATH)
				? callback.substring(0, callback.length() - OAuthFlow.CALLBACK_PATH.length()) : callback;
	}

	List<Integer> dayChoices() {
		int max = (int) Math.max(1, this.properties.maxLifetime().toDays());
		return IntStream.rangeClosed(1, max).boxed().toList();
	}

	long daysLeft() {
		Instant end = this.group.expiresAt();
		long hours = Duration.between(this.clock.instant(), end).toHours();
		return Math.max(1, Math.round(hours / 24.0));
	}

}
