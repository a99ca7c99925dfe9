package org.tootkey.flow;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tootkey served under a path of a shared host (a reverse proxy's
 * {@code location /tootkey/}): the versioned links carry the path and answer with the
 * long cache header.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.servlet.context-path=/tootkey")
class StaticFilesUnderContextPathTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void startPageWhenUnderAContextPathThenVersionedLinksCarryThePathAndAreCachedForAYear() throws Exception {
		HttpResponse<String> start = get("/tootkey/");
		assertThat(start.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		List<String> linked = StaticFilesFlowTests.linkedFiles(start.body());
		assertThat(linked).hasSize(4).allMatch((url) -> url.matches("/tootkey/.+-[0-9a-f]{32}\\.\\w+"));
		for (String url : linked) {
			HttpResponse<String> file = get(url);
			assertThat(file.statusCode()).as(url).isEqualTo(200);
			assertThat(file.headers().allValues("Cache-Control")).as(url).containsExactly(StaticFilesFlowTests.FOREVER);
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
