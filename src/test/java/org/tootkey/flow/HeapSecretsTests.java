package org.tootkey.flow;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.HttpCookie;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.Test;

import org.tootkey.fake.FakeMastodon;
import org.tootkey.support.WizardClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What of a bot's secrets is still reachable in Tootkey's heap once the credentials page
 * has been shown. The page is fetched over a raw socket (so the test keeps no copy), the
 * fake server that issued the secrets is shut down, and a heap dump of live objects only
 * is searched for the access token and client secret, as Latin-1/UTF-8 bytes and as
 * UTF-16, and for the requests that carried them. The dump file is deleted afterwards.
 */
class HeapSecretsTests extends FlowTestSupport {

	@Test
	void heapWhenCredentialsHaveBeenShownThenNoConnectionBufferStillHoldsARequestWithTheTokenOrTheSecret()
			throws Exception {
		authorizeAs("bot");
		this.browser.submit("/authorized", "/authorized", Map.of("answer", "yes"));
		String csrf = WizardClient.csrf(this.browser.get("/ready").body());
		StringBuilder cookies = new StringBuilder();
		for (HttpCookie cookie : this.browser.cookies().getCookieStore().getCookies()) {
			cookies.append(cookie.getName()).append('=').append(cookie.getValue()).append("; ");
		}
		byte[] redirect = overARawSocket("POST", "/credentials", cookies.toString(), "_csrf=" + csrf);
		// The reveal redirects (Post/Redirect/Get) with a new session that carries the
		// keys once.
		java.util.regex.Matcher session = java.util.regex.Pattern.compile("Set-Cookie: (TOOTKEY_SESSION=[^;\\r]+)")
			.matcher(new String(redirect, StandardCharsets.ISO_8859_1));
		assertThat(session.find()).as("the reveal's new session").isTrue();
		String csrfCookie = cookies.toString().replaceAll("TOOTKEY_SESSION=[^;]*; ", "");
		byte[] page = overARawSocket("GET", "/credentials", csrfCookie + session.group(1), null);
		List<byte[]> masked = new ArrayList<>();
		String html = new String(page, StandardCharsets.UTF_8);
		for (String name : List.of("access_token", "client_secret")) {
			masked.add(mask(WizardClient.credential(html, name).getBytes(StandardCharsets.ISO_8859_1)));
		}
		Arrays.fill(page, (byte) 0);
		html = null;
		// The server that issued the secrets keeps them; it is not part of Tootkey.
		this.fake.close();
		this.fake = FakeMastodon.start(mode());
		this.browser = null;

		Path dump = Files.createTempFile("tootkey-heap", ".hprof");
		Files.delete(dump);
		try {
			ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(dump.toString(), true);
			byte[] heap = Files.readAllBytes(dump);
			Map<String, Integer> found = new LinkedHashMap<>();
			String[] names = { "access token", "client secret" };
			for (int i = 0; i < masked.size(); i++) {
				byte[] secret = unmask(masked.get(i));
				found.put(names[i] + " (Latin-1/UTF-8)", count(heap, secret));
				found.put(names[i] + " (UTF-16 char[])", count(heap, utf16(secret, 1)));
				found.put(names[i] + " (UTF-16 String)", count(heap, utf16(secret, 0)));
				byte[] sent = concat((i == 0) ? "Bearer " : "client_secret=", secret);
				found.put(names[i] + " as sent to the server (" + new String(sent, 0, 7, StandardCharsets.ISO_8859_1)
						+ "…)", count(heap, sent));
				Arrays.fill(sent, (byte) 0);
				Arrays.fill(secret, (byte) 0);
			}
			System.out.println("Heap dump of live objects after the reveal (" + heap.length + " bytes): " + found);
			// What we can guarantee: no connection's buffer still holds a request that
			// carried
			// the token ("Authorization: Bearer …", pooled read connections before) or
			// the
			// client secret (the token exchange's form body). The rendered page's remains
			// are
			// recorded in SECURITY.md.
			assertThat(found).as("requests with a secret still reachable in Tootkey's heap")
				.hasEntrySatisfying("access token as sent to the server (Bearer …)", (n) -> assertThat(n).isZero())
				.hasEntrySatisfying("client secret as sent to the server (client_…)", (n) -> assertThat(n).isZero());
		}
		finally {
			Files.deleteIfExists(dump);
		}
	}

	private byte[] overARawSocket(String method, String path, String cookies, String body) throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			String form = (body != null)
					? "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\n"
					: "";
			out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost:" + this.port + "\r\nCookie: " + cookies
					+ "\r\n" + form + "Connection: close\r\n\r\n" + ((body != null) ? body : ""))
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			byte[] bytes = answer.toByteArray();
			answer.reset();
			return bytes;
		}
	}

	private static byte[] concat(String prefix, byte[] value) {
		byte[] head = prefix.getBytes(StandardCharsets.ISO_8859_1);
		byte[] all = Arrays.copyOf(head, head.length + value.length);
		System.arraycopy(value, 0, all, head.length, value.length);
		return all;
	}

	private static byte[] mask(byte[] plain) {
		byte[] masked = new byte[plain.length];
		for (int i = 0; i < plain.length; i++) {
			masked[i] = (byte) (plain[i] ^ 0x5A);
		}
		Arrays.fill(plain, (byte) 0);
		return masked;
	}

	private static byte[] unmask(byte[] masked) {
		return mask(masked.clone());
	}

	/**
	 * Big-endian (how the dump writes a char[]) or little-endian (a UTF-16 String's bytes
	 * on x86).
	 */
	private static byte[] utf16(byte[] latin1, int low) {
		byte[] wide = new byte[latin1.length * 2];
		for (int i = 0; i < latin1.length; i++) {
			wide[2 * i + low] = latin1[i];
		}
		return wide;
	}

	private static int count(byte[] haystack, byte[] needle) {
		int n = 0;
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			n++;
		}
		return n;
	}

}
