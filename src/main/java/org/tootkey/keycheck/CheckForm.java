package org.tootkey.keycheck;

import org.tootkey.validation.BothOrNeither;
import org.tootkey.validation.Credential;

/**
 * What the visitor typed on the "Check a key" page. The access token and the client
 * secret are never sent back into the page: after an error they are typed again.
 */
@BothOrNeither(first = "clientId", second = "clientSecret", message = "{check.error.client-both}")
class CheckForm {

	/** Long enough for a JWT access token (Pixelfed); Mastodon's are 43 characters. */
	static final int MAX_TOKEN = 2048;

	static final int MAX_CLIENT = 256;

	private String server = "";

	@Credential(bearer = true, required = true, max = MAX_TOKEN, empty = "{check.error.token-empty}",
			tooLong = "{check.error.token-long}", message = "{check.error.token-characters}")
	private String token = "";

	@Credential(max = MAX_CLIENT, tooLong = "{check.error.client-id-characters}",
			message = "{check.error.client-id-characters}")
	private String clientId = "";

	@Credential(max = MAX_CLIENT, tooLong = "{check.error.client-secret-characters}",
			message = "{check.error.client-secret-characters}")
	private String clientSecret = "";

	/** The key as pasted, without surrounding spaces or a leading "Bearer ". */
	String token() {
		return Credential.Validator.withoutBearer(this.token);
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
