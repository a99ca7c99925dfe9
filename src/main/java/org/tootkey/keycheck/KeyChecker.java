package org.tootkey.keycheck;

import org.springframework.stereotype.Service;
import org.tootkey.keycheck.KeyReport.Verdict;
import org.tootkey.mastodon.Account;
import org.tootkey.mastodon.KeyApp;
import org.tootkey.mastodon.KeyRejectedException;
import org.tootkey.mastodon.MastodonApiException;
import org.tootkey.mastodon.KeyDetails;
import org.tootkey.mastodon.MastodonClient;
import org.tootkey.mastodon.TokenInfo;
import org.tootkey.server.DiscoveryException;
import org.tootkey.server.ServerAddress;
import org.tootkey.server.ServerDiscovery;
import org.tootkey.server.ServerProfile;

/**
 * Asks a server about a key: whose it is ({@code verify_credentials}), which app it
 * belongs to, and the server's own record of it (scopes, expiry); and revokes it. A
 * refused key ends the questions at the first answer.
 */
@Service
class KeyChecker {

	private final ServerDiscovery discovery;

	private final MastodonClient mastodon;

	private final KeyDetails details;

	KeyChecker(ServerDiscovery discovery, MastodonClient mastodon, KeyDetails details) {
		this.discovery = discovery;
		this.mastodon = mastodon;
		this.details = details;
	}

	/**
	 * What the server behind {@code address} says about the key.
	 * @throws DiscoveryException when the server cannot be used
	 * @throws MastodonApiException when the server could not be asked (unreachable, busy
	 * …)
	 */
	KeyReport check(ServerAddress address, String token) {
		return check(this.discovery.discover(address), token);
	}

	KeyReport check(ServerProfile server, String token) {
		Account account = null;
		Verdict verdict = Verdict.WORKS;
		try {
			account = this.mastodon.verifyCredentials(server, token);
		}
		catch (KeyRejectedException ex) {
			switch (ex.reason()) {
				case REVOKED -> {
					return new KeyReport(server, Verdict.REVOKED, null, null, null);
				}
				case EXPIRED -> {
					return new KeyReport(server, Verdict.EXPIRED, null, null, null);
				}
				case UNKNOWN -> {
					return new KeyReport(server, Verdict.UNKNOWN_HERE, null, null, null);
				}
				case REFUSED -> {
					return new KeyReport(server, Verdict.REFUSED, null, null, null);
				}
				case NOT_A_USER -> verdict = Verdict.APP_ONLY;
				case NO_PERMISSION -> verdict = Verdict.WORKS_ACCOUNT_HIDDEN;
			}
		}
		KeyApp app = application(server, token);
		TokenInfo info = this.details.tokenInfo(server, token).orElse(null);
		if (verdict == Verdict.WORKS_ACCOUNT_HIDDEN && info != null && Boolean.FALSE.equals(info.user())) {
			verdict = Verdict.APP_ONLY;
		}
		return new KeyReport(server, verdict, account, app, info);
	}

	/**
	 * Revokes the key with its app's client ID and secret, then asks again.
	 * @return the answer after revoking, and the reason the server refused, if it did
	 */
	Revoked revoke(ServerAddress address, String token, String clientId, String clientSecret) {
		ServerProfile server = this.discovery.discover(address);
		MastodonApiException refusal = null;
		try {
			this.mastodon.revoke(server, clientId, clientSecret, token);
		}
		catch (MastodonApiException ex) {
			refusal = ex;
		}
		return new Revoked(check(server, token), refusal);
	}

	private KeyApp application(ServerProfile server, String token) {
		try {
			return this.details.application(server, token);
		}
		catch (MastodonApiException ex) {
			// Older servers want the "read" permission for this: the app stays unnamed.
			return null;
		}
	}

	/**
	 * The outcome of revoking.
	 *
	 * @param after what the server says about the key now
	 * @param refusal the server's refusal, or null when it agreed
	 */
	record Revoked(KeyReport after, MastodonApiException refusal) {

	}

}
