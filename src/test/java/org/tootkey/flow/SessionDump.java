package org.tootkey.flow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

import jakarta.servlet.http.HttpSession;

/** Everything a session holds, serialized, as text to search. */
final class SessionDump {

	private SessionDump() {
	}

	static String of(HttpSession session) throws IOException {
		StringBuilder dump = new StringBuilder();
		for (String name : Collections.list(session.getAttributeNames())) {
			Object value = session.getAttribute(name);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
				out.writeObject(value);
			}
			dump.append(name).append('=').append(bytes.toString(StandardCharsets.ISO_8859_1)).append('\n');
		}
		return dump.toString();
	}

}
