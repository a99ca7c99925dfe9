package org.tootkey.outbound;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * What a server answered, read in full (within the size cap).
 *
 * @param status the HTTP status code
 * @param headers the response headers
 * @param body the body, possibly empty
 */
public record OutboundResponse(int status, HttpHeaders headers, byte[] body) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public boolean isSuccess() {
		return this.status >= 200 && this.status < 300;
	}

	/** The body parsed as JSON, or empty when it is not JSON at all. */
	public java.util.Optional<JsonNode> json() {
		if (this.body.length == 0) {
			return java.util.Optional.empty();
		}
		try {
			JsonNode node = JSON.readTree(this.body);
			return (node == null || node.isMissingNode()) ? java.util.Optional.empty() : java.util.Optional.of(node);
		}
		catch (JacksonException ex) {
			return java.util.Optional.empty();
		}
	}

	/** Whether the server said the body is HTML. */
	public boolean isHtml() {
		try {
			MediaType type = this.headers.getContentType();
			return type != null && type.isCompatibleWith(MediaType.TEXT_HTML);
		}
		catch (org.springframework.http.InvalidMediaTypeException ex) {
			// A malformed Content-Type once became a 500 whose log line carried the
			// server's raw
			// bytes (ESC, NUL): it is simply not HTML.
			return false;
		}
	}

	/** The body as text, for diagnostics only (never shown raw to a person). */
	public String text() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	/**
	 * How many seconds the server asks us to wait, from {@code Retry-After} (seconds or
	 * an HTTP date) or {@code X-RateLimit-Reset} (a timestamp, as Mastodon sends it).
	 */
	public OptionalLong retryAfterSeconds(Clock clock) {
		String retryAfter = this.headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (retryAfter != null) {
			String value = retryAfter.trim();
			if (value.chars().allMatch(Character::isDigit) && !value.isEmpty() && value.length() < 10) {
				return OptionalLong.of(Long.parseLong(value));
			}
			OptionalLong fromDate = secondsUntil(value, DateTimeFormatter.RFC_1123_DATE_TIME, clock);
			if (fromDate.isPresent()) {
				return fromDate;
			}
		}
		String reset = this.headers.getFirst("X-RateLimit-Reset");
		return (reset != null) ? secondsUntil(reset.trim(), DateTimeFormatter.ISO_DATE_TIME, clock)
				: OptionalLong.empty();
	}

	private static OptionalLong secondsUntil(String value, DateTimeFormatter format, Clock clock) {
		try {
			Instant at = ZonedDateTime.parse(value, format).toInstant();
			return OptionalLong.of(Math.max(0, at.getEpochSecond() - clock.instant().getEpochSecond()));
		}
		catch (DateTimeParseException ex) {
			return OptionalLong.empty();
		}
	}

}
