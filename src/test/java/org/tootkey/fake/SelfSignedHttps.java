package org.tootkey.fake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A JDK https server whose certificate was made a moment ago by keytool: trusted by no
 * one, so a client that checks certificates must refuse it. Answers every request with
 * one JSON body.
 */
public final class SelfSignedHttps {

	private static final char[] PASSWORD = "changeit".toCharArray();

	private SelfSignedHttps() {
	}

	/** Starts the server on loopback, keeping its key store in {@code dir}. */
	public static HttpsServer start(Path dir, String json) throws Exception {
		Path store = dir.resolve("self-signed.p12");
		if (!Files.exists(store)) {
			createKeyStore(store);
		}
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(store)) {
			keys.load(in, PASSWORD);
		}
		KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		managers.init(keys, PASSWORD);
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(managers.getKeyManagers(), null, null);
		HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
		server.setHttpsConfigurator(new HttpsConfigurator(tls));
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		server.createContext("/", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
			catch (IOException ignored) {
				// the client hung up after refusing the certificate, as it should
			}
		});
		server.start();
		return server;
	}

	private static void createKeyStore(Path store) throws IOException, InterruptedException {
		Files.createDirectories(store.getParent());
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "fake", "-keyalg", "EC",
				"-groupname", "secp256r1", "-validity", "2", "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1",
				"-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", new String(PASSWORD), "-keypass",
				new String(PASSWORD))
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException("keytool failed: " + output);
		}
	}

}
