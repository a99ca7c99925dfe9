package org.tootkey.security;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.client.InetAddressFilter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.tootkey.TootkeyApplication;
import org.tootkey.outbound.OutboundAddresses;
import org.tootkey.support.RecordingResolver;
import org.tootkey.support.Seeded;
import org.tootkey.support.WizardClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever anyone types into the server field of the running app: never a 5xx, and never
 * a connection to a non-public address. Every name resolves (through a recording
 * resolver) to loopback, private, link-local or metadata addresses, so any connection at
 * all would be a breach; the address filter must refuse each one.
 */
class ServerFieldPropertyTests {

	private static final List<String> INTERNAL = List.of("127.0.0.1", "10.0.0.7", "192.168.1.1", "172.16.5.4",
			"169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fd00::1", "fe80::1", "::ffff:10.0.0.1");

	private static ConfigurableApplicationContext app;

	private static HttpClient http;

	private static URI server;

	private static String csrf;

	private static final Set<InetAddress> allowed = ConcurrentHashMap.newKeySet();

	private static final AtomicInteger lookups = new AtomicInteger();

	@BeforeAll
	static void start() throws Exception {
		app = new SpringApplicationBuilder(TootkeyApplication.class, Recording.class)
			.properties("tootkey.allow-local-servers=false", "tootkey.rate-limit.enabled=false",
					"spring.main.allow-bean-definition-overriding=true", "logging.level.root=WARN")
			.run("--server.port=0");
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		server = URI.create("http://localhost:" + port);
		http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String page = http
			.send(HttpRequest.newBuilder(server.resolve("/server")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		csrf = WizardClient.csrf(page);
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
		assertThat(lookups.get()).as("names were looked up, so the filter was exercised").isGreaterThan(100);
		assertThat(allowed).as("addresses the filter let through").isEmpty();
	}

	@Test
	void serverFieldNeverFailsAndNeverReachesAnInternalAddress() {
		Seeded.check(10_000, ServerFieldPropertyTests::typed, (input) -> {
			String form = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&server="
					+ URLEncoder.encode(input, StandardCharsets.UTF_8);
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.resolve("/server"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("answer to %s", input).isLessThan(500);
			assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
		});
	}

	private static final List<String> URL_ENDINGS = List.of("", "/", "/@bot", "/about", ":8443", ":443/x", "?q=1", "#x",
			"/users/bot");

	private static final List<String> TRICKY = List.of("localhost", "127.0.0.1", "[::1]", "0x7f.1", "2130706433",
			"169.254.169.254", "metadata.google.internal", "example.com@10.0.0.1", "10.0.0.1.nip.io",
			"xn--bcher-kva.example", "bücher.example", "a..b", "-a.b", "a.b.", "evil.com\r\nHost: x",
			"https://user:pass@evil.com/", "%00evil.com", "ⓔⓧⓐⓜⓟⓛⓔ.com", "example.com:0");

	/** Domains, handles, URLs, known tricks and noise, 4 : 2 : 3 : 1 : 2. */
	static String typed(Random random) {
		int pick = random.nextInt(12);
		if (pick < 4) {
			return domain(random);
		}
		if (pick < 6) {
			return Seeded.oneOf(random, List.of("@", "", "acct:")) + label(random) + "@" + domain(random);
		}
		if (pick < 9) {
			return Seeded.oneOf(random, List.of("https://", "http://", "HTTPS://", "//", "ftp://", "javascript:"))
					+ domain(random) + Seeded.oneOf(random, URL_ENDINGS);
		}
		if (pick < 10) {
			return Seeded.oneOf(random, TRICKY);
		}
		return Seeded.anyString(random, 120);
	}

	private static String label(Random random) {
		return Seeded.from(random, "abcdefghijklmnopqrstuvwxyz", 1, 12);
	}

	private static String domain(Random random) {
		int labels = 2 + random.nextInt(3);
		StringBuilder domain = new StringBuilder(label(random));
		for (int i = 1; i < labels; i++) {
			domain.append('.').append(label(random));
		}
		return domain.toString();
	}

	/**
	 * Every name resolves to an internal address; the real filter decides, and is
	 * watched.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Recording {

		@Bean
		@Primary
		RecordingResolver recordingResolver() {
			AtomicInteger next = new AtomicInteger();
			return new RecordingResolver((host) -> {
				lookups.incrementAndGet();
				try {
					return new InetAddress[] { InetAddress
						.getByName(INTERNAL.get(Math.floorMod(next.getAndIncrement(), INTERNAL.size()))) };
				}
				catch (java.net.UnknownHostException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}

		@Bean
		@Primary
		InetAddressFilter watchedFilter() {
			InetAddressFilter real = OutboundAddresses.publicOnly();
			return (address) -> {
				boolean ok = real.matches(address);
				if (ok) {
					allowed.add(address);
				}
				return ok;
			};
		}

	}

}
