package org.tootkey.group;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import tools.jackson.databind.JsonNode;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.tootkey.outbound.OutboundClient;
import org.tootkey.outbound.OutboundException;
import org.tootkey.outbound.OutboundResponse;
import org.tootkey.server.ServerProfile;
import org.tootkey.server.ServerProfile.Capabilities;

/**
 * Before a participant is sent to a server named in a class link: is it still the same
 * server? One unauthenticated GET, no discovery. A server whose OAuth side was found in
 * its metadata document must still publish the same sign-in and token addresses there
 * (the very addresses people are sent to); any other must still answer its
 * {@code /api/v1/instance} document. A passed check is remembered for a few minutes per
 * server, so a class of thirty costs the server one request, not thirty; a failed one is
 * not remembered.
 */
@Component
class ServerCheck {

	static final Duration REMEMBERED = Duration.ofMinutes(5);

	private final OutboundClient outbound;

	private final Cache<String, Boolean> passed = Caffeine.newBuilder()
		.maximumSize(1000)
		.expireAfterWrite(REMEMBERED)
		.build();

	ServerCheck(OutboundClient outbound) {
		this.outbound = outbound;
	}

	/**
	 * Empty when the server is still the one in the link, else the message key saying why
	 * not.
	 */
	Optional<MessageSourceResolvable> problem(ServerProfile server) {
		Capabilities capabilities = server.capabilities();
		String key = server.baseUri() + " " + capabilities.authorizeEndpoint() + " " + capabilities.tokenEndpoint();
		if (this.passed.getIfPresent(key) != null) {
			return Optional.empty();
		}
		URI document = server.baseUri()
			.resolve(capabilities.fromMetadata() ? "/.well-known/oauth-authorization-server" : "/api/v1/instance");
		OutboundResponse response;
		try {
			response = this.outbound.get(document);
		}
		catch (OutboundException ex) {
			return Optional.of(ex);
		}
		JsonNode json = response.isSuccess() ? response.json().filter(JsonNode::isObject).orElse(null) : null;
		if (json == null || (capabilities.fromMetadata() && !sameEndpoints(json, capabilities))) {
			return Optional.of(new DefaultMessageSourceResolvable(new String[] { "join.error.server-changed" },
					new Object[] { server.displayDomain() }, null));
		}
		this.passed.put(key, Boolean.TRUE);
		return Optional.empty();
	}

	private static boolean sameEndpoints(JsonNode metadata, Capabilities capabilities) {
		return capabilities.authorizeEndpoint().toString().equals(metadata.path("authorization_endpoint").asString(""))
				&& capabilities.tokenEndpoint().toString().equals(metadata.path("token_endpoint").asString(""));
	}

}
