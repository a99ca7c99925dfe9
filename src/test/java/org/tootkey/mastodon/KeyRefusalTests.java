package org.tootkey.mastodon;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpHeaders;
import org.tootkey.mastodon.KeyRejectedException.Reason;
import org.tootkey.outbound.OutboundResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why a server refused a key (401), from Doorkeeper's English descriptions as Mastodon
 * sends them in the body and in {@code WWW-Authenticate}; anything else leaves the reason
 * open.
 */
class KeyRefusalTests {

	@ParameterizedTest(name = "{0} / {1} → {2}")
	@CsvSource(delimiter = '|', value = { "The access token was revoked||REVOKED", "The access token expired||EXPIRED",
			"The access token is invalid||UNKNOWN",
			"|Bearer realm=\"Doorkeeper\", error=\"invalid_token\", error_description=\"The access token was revoked\"|REVOKED",
			"アクセストークンは取り消されています||REFUSED", "Unauthorized: token not supplied or invalid||REFUSED", "||REFUSED" })
	void refusalWhenServerSaysWhyThenTheReasonElseOpen(String error, String header, Reason expected) {
		HttpHeaders headers = new HttpHeaders();
		if (header != null) {
			headers.add("WWW-Authenticate", header);
		}
		String body = (error != null) ? "{\"error\":\"" + error + "\"}" : "";
		OutboundResponse response = new OutboundResponse(401, headers, body.getBytes(StandardCharsets.UTF_8));
		assertThat(MastodonFailures.refusal(response)).isEqualTo(expected);
	}

}
