package org.tootkey.wizard;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.validation.BindingResult;
import org.tootkey.mastodon.MastodonClient;
import org.tootkey.mastodon.ScopeCatalog;
import org.tootkey.server.ServerProfile;

/**
 * What the permissions form must hold before an app is registered that depends on the
 * chosen server: a preset or custom choice the server offers; each problem becomes a
 * field error with its message key. The name and web address are plain field rules on
 * {@link PermissionsForm}.
 */
final class PermissionsChecks {

	private PermissionsChecks() {
	}

	/**
	 * The scopes to register (with the bot permission when asked), errors in
	 * {@code result}.
	 */
	static Set<String> check(PermissionsForm form, ServerProfile server, BindingResult result) {
		Set<String> scopes = chosenScopes(form, server, result);
		if (form.isMarkBot() && canOfferMarkBot(server) && !scopes.isEmpty()) {
			scopes = new LinkedHashSet<>(scopes);
			scopes.add(MastodonClient.MARK_BOT_SCOPE);
		}
		return scopes;
	}

	private static Set<String> chosenScopes(PermissionsForm form, ServerProfile server, BindingResult result) {
		ServerProfile.Capabilities capabilities = server.capabilities();
		ScopePreset preset = ScopePreset.fromValue(form.getPreset());
		if (preset == null || !preset.availableOn(capabilities)) {
			result.rejectValue("preset", "permissions.error.preset");
			return Set.of();
		}
		if (preset != ScopePreset.CUSTOM) {
			return preset.scopesFor(capabilities);
		}
		List<String> chosen = form.getScopes()
			.stream()
			.filter((s) -> ScopeCatalog.offered(s, capabilities))
			.distinct()
			.toList();
		if (chosen.isEmpty() || chosen.size() != form.getScopes().stream().distinct().count()) {
			result.rejectValue("scopes", "permissions.error.scopes");
			return Set.of();
		}
		return Scopes.withVerification(chosen, capabilities);
	}

	/** Whether the server knows the permission that marks an account as a bot. */
	static boolean canOfferMarkBot(ServerProfile server) {
		return ScopeCatalog.offered(MastodonClient.MARK_BOT_SCOPE, server.capabilities());
	}

}
