package org.tootkey.outbound;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a server receives from a form-encoded call: the body Spring's form converter
 * writes, byte for byte what the servers' own form parsers read back (Rack's
 * {@code application/x-www-form-urlencoded} decoding: {@code +} for a space, UTF-8
 * percent-escapes).
 */
class FormEncodingTests {

	private final List<MockClientHttpRequest> sent = new ArrayList<>();

	@Test
	void sendWhenFormHasSpacesSymbolsAndNonAsciiThenUrlEncodedInUtf8InOrder() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("client_name", "Wetter & Bot");
		form.add("redirect_uris", "https://tootkey.example/callback?x=1");
		form.add("scopes", "profile write:statuses");
		form.add("status", "Grüße 🌦 = 100%");
		client().send(HttpMethod.POST, java.net.URI.create("https://example.social/api/v1/apps"), form, null);
		MockClientHttpRequest request = this.sent.get(0);
		assertThat(request.getHeaders().getContentType()).isNotNull()
			.satisfies((type) -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)).isTrue());
		assertThat(request.getBodyAsString(StandardCharsets.UTF_8))
			.isEqualTo("client_name=Wetter+%26+Bot&redirect_uris=https%3A%2F%2Ftootkey.example%2Fcallback%3Fx%3D1"
					+ "&scopes=profile+write%3Astatuses&status=Gr%C3%BC%C3%9Fe+%F0%9F%8C%A6+%3D+100%25");
	}

	@Test
	void sendWhenBearerTokenThenAuthorizationHeaderAndTheFormOnly() {
		client().send(HttpMethod.PATCH,
				java.net.URI.create("https://example.social/api/v1/accounts/update_credentials"),
				MultiValueMap.fromSingleValue(java.util.Map.of("bot", "true")), "abc");
		MockClientHttpRequest request = this.sent.get(0);
		assertThat(request.getMethod()).isEqualTo(HttpMethod.PATCH);
		assertThat(request.getHeaders().getFirst("Authorization")).isEqualTo("Bearer abc");
		assertThat(request.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo("bot=true");
	}

	private OutboundClient client() {
		ClientHttpRequestFactory factory = (uri, method) -> {
			MockClientHttpRequest request = new MockClientHttpRequest(method, uri);
			request.setResponse(new MockClientHttpResponse("{}".getBytes(StandardCharsets.UTF_8), HttpStatus.OK));
			this.sent.add(request);
			return request;
		};
		OutboundProperties limits = new OutboundProperties(Duration.ofSeconds(2), Duration.ofSeconds(2),
				Duration.ofMillis(1500), DataSize.ofMegabytes(1), 4, Duration.ZERO);
		return new OutboundClient(factory, new ConcurrencyCap(limits), List.of());
	}

}
