package org.tootkey.server;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

import tools.jackson.databind.JsonNode;

import org.tootkey.outbound.OutboundProblem;
import org.tootkey.outbound.OutboundResponse;

/**
 * One probe's outcome: a response, or the reason there was none.
 *
 * @param response what the server answered, or null
 * @param problem why there is no response, or null
 */
record Fetched(OutboundResponse response, OutboundProblem problem) {

	static Fetched of(OutboundResponse response) {
		return new Fetched(response, null);
	}

	static Fetched failed(OutboundProblem problem) {
		return new Fetched(null, problem);
	}

	boolean responded() {
		return this.response != null;
	}

	int status() {
		return (this.response != null) ? this.response.status() : 0;
	}

	Optional<JsonNode> jsonObject() {
		if (this.response == null || !this.response.isSuccess()) {
			return Optional.empty();
		}
		return this.response.json().filter(JsonNode::isObject);
	}

	boolean isJsonObjectWith(String field) {
		return jsonObject().map((node) -> node.hasNonNull(field)).orElse(false);
	}

	OptionalLong retryAfter(Clock clock) {
		return (this.response != null) ? this.response.retryAfterSeconds(clock) : OptionalLong.empty();
	}

}
