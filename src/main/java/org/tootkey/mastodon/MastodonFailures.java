package org.tootkey.mastodon;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalLong;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.util.MultiValueMap;
import org.tootkey.outbound.OutboundClient;
import org.tootkey.outbound.OutboundException;
import org.tootkey.outbound.OutboundResponse;

/**
 * What a Mastodon server's refusal stands for: each status (and Doorkeeper's wording of a
 * refused key) becomes a {@link MastodonApiException} or a
 * {@link KeyRejectedException.Reason} with a message key of its own.
 */
final class MastodonFailures {

	private MastodonFailures() {
	}

	/**
	 * One call to the server; a failure on the way (no answer, too slow, too large, not
	 * allowed) becomes a {@link MastodonApiException} with the problem's message key.
	 */
	static OutboundResponse send(OutboundClient client, HttpMethod method, URI uri, MultiValueMap<String, String> form,
			String token) {
		try {
			return client.send(method, uri, form, token);
		}
		catch (OutboundException ex) {
			throw new MastodonApiException(ex.problem());
		}
	}

	/**
	 * The server's limit on app registrations per address (Mastodon: five per ten
	 * minutes, Pleroma and Akkoma: five per fifteen): when it ends, so people can come
	 * back then, and a pointer to class links, which need one registration for a whole
	 * group.
	 */
	static MastodonApiException registrationLimit(OutboundResponse response, Clock clock) {
		OptionalLong wait = response.retryAfterSeconds(clock);
		if (wait.isEmpty()) {
			return new RegistrationLimitException(-1, "app.error.rate-limited-unknown");
		}
		Instant at = clock.instant().plusSeconds(wait.getAsLong());
		String time = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(at);
		return new RegistrationLimitException(wait.getAsLong(), "app.error.rate-limited",
				Math.max(1, (wait.getAsLong() + 59) / 60), time);
	}

	static JsonNode successJson(OutboundResponse response, String action, Clock clock) {
		if (!response.isSuccess()) {
			throw failure(response, action, clock);
		}
		return response.json()
			.filter(JsonNode::isObject)
			.orElseThrow(() -> new MastodonApiException("api.error.bad-answer"));
	}

	static MastodonApiException failure(OutboundResponse response, String action, Clock clock) {
		int status = response.status();
		if (status == 429) {
			OptionalLong wait = response.retryAfterSeconds(clock);
			return wait.isPresent()
					? new MastodonApiException("api.error.rate-limited", Math.max(1, (wait.getAsLong() + 59) / 60))
					: new MastodonApiException("api.error.rate-limited-unknown");
		}
		if (status == 401 || (status == 422 && !"app".equals(action))) {
			return new MastodonApiException("api.error.token-rejected");
		}
		if (status == 403) {
			return new MastodonApiException("api.error.scope-missing");
		}
		if (status == 404) {
			return new MastodonApiException("api.error.not-found");
		}
		if (status >= 500) {
			return new MastodonApiException("api.error.server-error", status);
		}
		return new MastodonApiException("api.error.unexpected", status);
	}

	/**
	 * Why a 401 refused the key, from Doorkeeper's description (its
	 * config/locales/en.yml, {@code doorkeeper.errors.messages.invalid_token}: "The
	 * access token was revoked", "… expired", "… is invalid"), which Mastodon puts in the
	 * body's {@code error} and in {@code WWW-Authenticate}. Servers in other languages or
	 * other programs say it otherwise: then the reason stays open.
	 */
	static KeyRejectedException.Reason refusal(OutboundResponse response) {
		String said = response.json()
			.filter(JsonNode::isObject)
			.map((json) -> MastodonAnswers.text(json, "error"))
			.orElse("");
		String header = response.headers().getFirst("WWW-Authenticate");
		String words = (said + " " + ((header != null) ? header : "")).toLowerCase(Locale.ROOT);
		if (words.contains("revoked")) {
			return KeyRejectedException.Reason.REVOKED;
		}
		if (words.contains("expired")) {
			return KeyRejectedException.Reason.EXPIRED;
		}
		if (words.contains("token is invalid")) {
			return KeyRejectedException.Reason.UNKNOWN;
		}
		return KeyRejectedException.Reason.REFUSED;
	}

}
