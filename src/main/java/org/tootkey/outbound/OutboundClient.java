package org.tootkey.outbound;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Sends requests to servers. Every call, the OAuth token exchange included, goes through
 * the same request factory and guard; failures surface only as {@link OutboundException}.
 */
@Component
public class OutboundClient {

	static final String USER_AGENT = "Tootkey/1.0 (+credentials wizard for bots)";

	private final RestClient restClient;

	private final ClientHttpRequestFactory requestFactory;

	private final ConcurrencyCap guard;

	private final List<ClientHttpRequestInterceptor> interceptors;

	/**
	 * Every call passes the guard first, then the other interceptors in their bean order
	 * (the technical-details recorder, for one).
	 */
	OutboundClient(ClientHttpRequestFactory outboundRequestFactory, ConcurrencyCap guard,
			List<ClientHttpRequestInterceptor> interceptors) {
		this.requestFactory = outboundRequestFactory;
		this.guard = guard;
		this.interceptors = interceptors.stream().filter((interceptor) -> interceptor != guard).toList();
		this.restClient = restClientBuilder().build();
	}

	/**
	 * A builder already bound to the guarded request factory, for code that needs its own
	 * message converters (the OAuth token exchange).
	 */
	public RestClient.Builder restClientBuilder() {
		return RestClient.builder()
			.requestFactory(this.requestFactory)
			.requestInterceptor(this.guard)
			.requestInterceptors((list) -> list.addAll(this.interceptors))
			.defaultHeader(HttpHeaders.USER_AGENT, USER_AGENT);
	}

	/** A GET that expects JSON. */
	public OutboundResponse get(URI uri) {
		return send(HttpMethod.GET, uri, null, null);
	}

	/** A GET with a bearer token. */
	public OutboundResponse get(URI uri, String bearerToken) {
		return send(HttpMethod.GET, uri, null, bearerToken);
	}

	/**
	 * A form-encoded request (POST, PATCH …), optionally with a bearer token. The form is
	 * written by Spring's {@link FormHttpMessageConverter} (UTF-8, as RFC 6749 §B asks of
	 * the OAuth calls), like the token exchange's.
	 */
	public OutboundResponse send(HttpMethod method, URI uri, MultiValueMap<String, String> form, String bearerToken) {
		try {
			RestClient.RequestBodySpec spec = this.restClient.method(method)
				.uri(uri)
				.accept(MediaType.APPLICATION_JSON, MediaType.ALL);
			if (bearerToken != null) {
				spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken);
			}
			if (form != null) {
				spec.contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form);
			}
			return spec.exchange((request, response) -> new OutboundResponse(response.getStatusCode().value(),
					HttpHeaders.copyOf(response.getHeaders()), response.getBody().readAllBytes()), true);
		}
		catch (RuntimeException | StackOverflowError ex) {
			// A StackOverflowError here is a server's doing (an answer built to exhaust a
			// parser): the visitor gets the plain "could not reach" page, not a 500.
			throw OutboundException.from(ex);
		}
	}

}
