package org.tootkey.group;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.SessionScope;

/**
 * The organizer's class link while their page is open: the sealed text and when it ends.
 * Lives in their HTTP session only and goes with it; the link itself is all anyone keeps.
 */
@Component
@SessionScope
class GroupSession implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private String sealed;

	private Instant expiresAt;

	private String clientId;

	/** The sealed link, if one was made for the app with this client id. */
	String sealedFor(String clientId) {
		return (clientId.equals(this.clientId)) ? this.sealed : null;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	void sealed(String clientId, String sealed, Instant expiresAt) {
		this.clientId = clientId;
		this.sealed = sealed;
		this.expiresAt = expiresAt;
	}

}
