package org.tootkey.fake;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request as the fake received it. {@code path} is decoded, {@code query} is the raw
 * query string (or {@code null}), header names are as the JDK reports them (first letter
 * upper case), {@code body} is UTF-8 text, {@code receivedAt} when the request arrived
 * (before any {@link FakeMastodon#latency latency}).
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers, String body,
		Instant receivedAt) {

	public RecordedRequest {
		headers = Map.copyOf(headers);
	}

	/**
	 * A query parameter (decoded), e.g. {@code queryParam("force_login")}, or
	 * {@code null}.
	 */
	public String queryParam(String name) {
		List<String> values = Form.parse(query).get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	/** A form-encoded body parameter (decoded), or {@code null}. */
	public String formParam(String name) {
		List<String> values = Form.parse(body).get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	/** A header, case-insensitively, or {@code null}. */
	public String header(String name) {
		return headers.entrySet()
			.stream()
			.filter(e -> e.getKey().equalsIgnoreCase(name))
			.flatMap(e -> e.getValue().stream())
			.findFirst()
			.orElse(null);
	}
}
