package org.tootkey.server;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.tootkey.outbound.OutboundClient;
import org.tootkey.outbound.OutboundResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Finding the server behind a handle whose domain does not run the API, as Mastodon's
 * {@code LOCAL_DOMAIN}/{@code WEB_DOMAIN} set-up does (mastodon/documentation
 * content/en/admin/config.md): WebFinger on the handle's domain, its one redirect, or
 * host-meta's template; never to an address a person could not have typed.
 */
class AccountLookupTests {

	private static final String SELF = """
			{"subject":"acct:bot@example.org","links":[{"rel":"http://webfinger.net/rel/profile-page","type":"text/html","href":"https://social.example.org/@bot"},{"rel":"self","type":"application/activity+json","href":"https://social.example.org/users/bot"}]}
			""";

	private final OutboundClient client = mock(OutboundClient.class);

	private final ServerAddress handle = ServerAddress.parse("@bot@example.org", false);

	@Test
	void serverOfWhenWebFingerAnswersThenTheSelfLinksServer() {
		answer("https://example.org/.well-known/webfinger", json(200, SELF));
		assertThat(lookup().baseUri()).hasToString("https://social.example.org");
	}

	@Test
	void serverOfWhenWebFingerRedirectsThenFollowsOnceToTheServer() {
		answer("https://example.org/.well-known/webfinger",
				redirect("https://social.example.org/.well-known/webfinger?resource=acct%3Abot%40example.org"));
		answer("https://social.example.org/.well-known/webfinger", json(200, SELF));
		assertThat(lookup().baseUri()).hasToString("https://social.example.org");
	}

	@Test
	void serverOfWhenWebFingerRedirectsToAPrivateAddressThenNotFollowed() {
		answer("https://example.org/.well-known/webfinger", redirect("http://169.254.169.254/latest/meta-data/"));
		answer("https://example.org/.well-known/host-meta", json(404, "{}"));
		assertThat(lookup().baseUri()).hasToString("https://example.org");
		verify(this.client, never()).get(argThat((URI uri) -> uri.getHost().startsWith("169.")));
	}

	@Test
	void serverOfWhenWebFingerRedirectsWithALoginThenNotFollowed() {
		answer("https://example.org/.well-known/webfinger", redirect("https://user:pw@social.example.org/x"));
		answer("https://example.org/.well-known/host-meta", json(404, "{}"));
		assertThat(lookup().baseUri()).hasToString("https://example.org");
	}

	@Test
	void serverOfWhenWebFingerIsMissingThenHostMetaTemplate() {
		answer("https://example.org/.well-known/webfinger", json(404, "{\"error\":\"Record not found\"}"));
		answer("https://example.org/.well-known/host-meta",
				xrd("https://social.example.org/.well-known/webfinger?resource={uri}"));
		answer("https://social.example.org/.well-known/webfinger", json(200, SELF));
		assertThat(lookup().baseUri()).hasToString("https://social.example.org");
	}

	@Test
	void serverOfWhenHostMetaPointsToPlainHttpThenAskedOverHttps() {
		answer("https://example.org/.well-known/webfinger", json(404, "{}"));
		answer("https://example.org/.well-known/host-meta",
				xrd("http://social.example.org/.well-known/webfinger?resource={uri}"));
		answer("https://social.example.org/.well-known/webfinger", json(200, SELF));
		assertThat(lookup().baseUri()).hasToString("https://social.example.org");
		verify(this.client, never()).get(argThat((URI uri) -> "http".equals(uri.getScheme())));
	}

	@Test
	void serverOfWhenNothingAnswersThenTheHandlesOwnDomain() {
		when(this.client.get(any(URI.class))).thenReturn(json(404, ""));
		assertThat(lookup()).isEqualTo(this.handle.withoutAccount());
	}

	private ServerAddress lookup() {
		return new AccountLookup(this.client, false).serverOf(this.handle);
	}

	private void answer(String prefix, OutboundResponse response) {
		when(this.client.get(argThat((URI uri) -> uri != null && uri.toString().startsWith(prefix))))
			.thenReturn(response);
	}

	private static OutboundResponse json(int status, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new OutboundResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
	}

	private static OutboundResponse redirect(String location) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.LOCATION, location);
		return new OutboundResponse(301, headers, new byte[0]);
	}

	/**
	 * RFC 6415 host-meta, as Mastodon serves it (mastodon/mastodon
	 * app/views/well_known/host_meta/show.xml.ruby).
	 */
	private static OutboundResponse xrd(String template) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.CONTENT_TYPE, "application/xrd+xml; charset=utf-8");
		String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<XRD xmlns=\"http://docs.oasis-open.org/ns/xri/xrd-1.0\">\n"
				+ "  <Link rel=\"lrdd\" template=\"" + template + "\"/>\n</XRD>\n";
		return new OutboundResponse(200, headers, body.getBytes(StandardCharsets.UTF_8));
	}

}
