package org.tootkey.flow;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.tootkey.fake.FakeMastodon;
import org.tootkey.fake.RecordedRequest;

/**
 * The secrets of a journey, as the fake server saw them: random, so they work as
 * canaries.
 */
final class JourneySecrets {

	private JourneySecrets() {
	}

	/**
	 * Values of the named parameters (query or form) plus every token the server issued.
	 */
	static List<String> seenBy(FakeMastodon fake, List<String> names) {
		List<String> secrets = new ArrayList<>();
		for (RecordedRequest request : fake.requests()) {
			for (String part : (request.query() + "&" + request.body()).split("&")) {
				String[] pair = part.split("=", 2);
				if (pair.length == 2 && names.contains(pair[0]) && pair[1].length() > 8) {
					secrets.add(URLDecoder.decode(pair[1], StandardCharsets.UTF_8));
				}
			}
		}
		fake.apps().forEach((app) -> secrets.add(app.clientSecret()));
		secrets.addAll(fake.issuedTokens());
		return secrets;
	}

}
