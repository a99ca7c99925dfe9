package org.tootkey.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;
import org.tootkey.TootkeyApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing of a visitor is written to disk, not even at shutdown. */
class NothingPersistedTests {

	@Test
	void shutdownWhenSessionsAreOpenThenNoSessionFileIsWritten(@TempDir Path tomcatBase) throws Exception {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(TootkeyApplication.class)
			.properties("server.tomcat.basedir=" + tomcatBase, "logging.level.root=WARN")
			.run("--server.port=0");
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/server")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(page.headers().allValues("Set-Cookie")).as("a session was opened").isNotEmpty();
		app.close();
		try (Stream<Path> files = Files.walk(tomcatBase)) {
			assertThat(files.filter(Files::isRegularFile).map(Path::getFileName).map(Path::toString))
				.noneMatch((name) -> name.endsWith(".ser") || name.contains("SESSIONS"));
		}
	}

	@Test
	void classpathWhenBuiltThenDevtoolsIsAbsent() throws IOException {
		// devtools turns session persistence and full error details back on
		assertThat(ClassUtils.isPresent("org.springframework.boot.devtools.RemoteSpringApplication", null)).isFalse();
	}

}
