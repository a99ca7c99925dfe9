package org.tootkey.keycheck;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/**
 * What the visitor typed on the "Check a key" page. The access token and the client
 * secret are never sent back into the page: after an error they are typed again.
 */
class CheckForm {

	/**
	 * The characters of OAuth bearer tokens (RFC 6750 {@code b64token}) and client
	 * credentials.
	 */
	static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._~+/=-]+");

	/** Long enough for a JWT access token (Pixelfed); Mastodon's are 43 characters. */
	static final int MAX_TOKEN = 2048;

	static final int MAX_CLIENT = 256;

	private String server = "";

	private String token = "";

	private String clientId = "";

	private String clientSecret = "";

	/**
	 * Checks the key fields (the server field is checked by its own parser); no call is
	 * made.
	 */
	void validate(Errors errors) {
		String key = token();
		if (key.isEmpty()) {
			errors.rejectValue("token", "check.error.token-empty");
		}
		else if (key.length() > MAX_TOKEN) {
			errors.rejectValue("token", "check.error.token-long");
		}
		else if (!SAFE.matcher(key).matches()) {
			errors.rejectValue("token", "check.error.token-characters");
		}
		String id = clientId();
		String secret = clientSecret();
		if (!id.isEmpty() && (id.length() > MAX_CLIENT || !SAFE.matcher(id).matches())) {
			errors.rejectValue("clientId", "check.error.client-id-characters");
		}
		if (!secret.isEmpty() && (secret.length() > MAX_CLIENT || !SAFE.matcher(secret).matches())) {
			errors.rejectValue("clientSecret", "check.error.client-secret-characters");
		}
		if (id.isEmpty() != secret.isEmpty()) {
			errors.rejectValue(id.isEmpty() ? "clientId" : "clientSecret", "check.error.client-both");
		}
	}

	/** The key as pasted, without surrounding spaces or a leading "Bearer ". */
	String token() {
		String key = this.token.strip();
		return key.toLowerCase(Locale.ROOT).startsWith("bearer ") ? key.substring(7).strip() : key;
	}

	String clientId() {
		return this.clientId.strip();
	}

	String clientSecret() {
		return this.clientSecret.strip();
	}

	boolean hasClient() {
		return !clientId().isEmpty() && !clientSecret().isEmpty();
	}

	public String getServer() {
		return this.server;
	}

	public void setServer(String server) {
		this.server = (server != null) ? server : "";
	}

	/** Always empty: the key is never written back into a page. */
	public String getToken() {
		return "";
	}

	public void setToken(String token) {
		this.token = (token != null) ? token : "";
	}

	public String getClientId() {
		return this.clientId;
	}

	public void setClientId(String clientId) {
		this.clientId = (clientId != null) ? clientId : "";
	}

	/** Always empty: the secret is never written back into a page. */
	public String getClientSecret() {
		return "";
	}

	public void setClientSecret(String clientSecret) {
		this.clientSecret = (clientSecret != null) ? clientSecret : "";
	}

	@Override
	public String toString() {
		return "CheckForm[" + this.server + "]";
	}

}
