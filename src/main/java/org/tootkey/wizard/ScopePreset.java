package org.tootkey.wizard;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.tootkey.MessageKeys;
import org.tootkey.server.ServerProfile.Capabilities;

/**
 * Permission presets by purpose. Each adds the scope that lets us check the token:
 * {@code profile} where the server has it, else {@code read:accounts} (unless a broader
 * {@code read} already covers it).
 */
enum ScopePreset {

	POST_TEXT("write:statuses"),

	POST_MEDIA("write:statuses", "write:media"),

	POST_AND_REPLY("write:statuses", "write:media", "read:notifications", "read:statuses"),

	READ_ONLY("read"),

	EVERYTHING("read", "write", "push"),

	CUSTOM();

	private final List<String> scopes;

	ScopePreset(String... scopes) {
		this.scopes = List.of(scopes);
	}

	/** The message key of this preset's name (its sentence is {@code .hint}). */
	public String messageKey() {
		return "permissions.preset." + MessageKeys.slug(this);
	}

	/** The form value. */
	public String value() {
		return MessageKeys.slug(this);
	}

	static ScopePreset fromValue(String value) {
		for (ScopePreset preset : values()) {
			if (preset.value().equals(value)) {
				return preset;
			}
		}
		return null;
	}

	/**
	 * Whether the server accepts every scope of this preset (directly or through its
	 * parent).
	 */
	boolean availableOn(Capabilities capabilities) {
		return this.scopes.stream().allMatch((scope) -> Scopes.onServer(scope, capabilities) != null);
	}

	/** The scopes to register, for a server with these capabilities. */
	public Set<String> scopesFor(Capabilities capabilities) {
		Set<String> result = new LinkedHashSet<>();
		this.scopes.forEach((scope) -> result.add(Scopes.onServer(scope, capabilities)));
		// "write" already covers "write:statuses": ask for each permission once
		result.removeIf((scope) -> scope.indexOf(':') > 0 && result.contains(scope.substring(0, scope.indexOf(':'))));
		return Scopes.withVerification(result, capabilities);
	}

}
