package org.tootkey.flow;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tootkey.fake.Connections;
import org.tootkey.fake.FakeMastodon;
import org.tootkey.fake.Fault;
import org.tootkey.fake.ServerMode;
import org.tootkey.support.WizardClient;
import org.tootkey.support.WizardClient.Hop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With local servers allowed, a server on one's own machine that speaks only plain http,
 * typed without {@code http://} (so Tootkey tries https first), gets a page of its own
 * with a one-click way to use http — told apart from a server that is slow and from one
 * that refuses connections, neither of which is offered http (issue 13, item 5).
 */
class PlainHttpServerFlowTests extends FlowTestSupport {

	private static final String PLAIN_HTTP = "answers only over plain http";

	/**
	 * The fake behind its raw-socket front, which answers a TLS hello the way real plain
	 * http servers do (a plain-text 400, see ConnectionFront); the JDK HttpServer alone
	 * would wait for a line end that never comes.
	 */
	@Override
	@BeforeEach
	void startFake() {
		this.fake = FakeMastodon.start(ServerMode.MASTODON_4_5, Connections.CLOSE_AFTER_EACH_RESPONSE);
		this.browser = new WizardClient(URI.create("http://localhost:" + this.port));
		this.cacheManager.getCache("server-profiles").clear();
	}

	@Test
	void serverWhenALocalServerSpeaksOnlyPlainHttpAndNoSchemeWasTypedThenSaysSoAndOffersHttpInOneClick() {
		Hop page = choose(this.fake.hostAndPort());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(this.fake.hostAndPort() + " " + PLAIN_HTTP)
			.doesNotContain("security certificate")
			.contains("value=\"" + this.fake.hostAndPort() + "\"");
		Map<String, String> retry = retryForm(page.body());
		assertThat(retry).containsEntry("server", this.fake.baseUrl());
		Hop chosen = this.browser.post("/server", retry);
		assertThat(chosen.status()).as(chosen.body()).isEqualTo(302);
		assertThat(chosen.location()).endsWith("/permissions");
	}

	@Test
	void serverWhenAProfileAddressOnAPlainHttpServerIsTypedWithoutSchemeThenTheRetryKeepsTheWholeInput() {
		String typed = this.fake.hostAndPort() + "/@bot";
		Hop page = choose(typed);
		assertThat(page.body()).contains(PLAIN_HTTP);
		assertThat(retryForm(page.body())).containsEntry("server", "http://" + typed);
	}

	@Test
	void serverWhenALocalServerIsSlowThenSaysItTookTooLongAndOffersNoHttp() throws IOException {
		// accepts the connection and never says a word: the https handshake waits in vain
		try (Silent silent = new Silent()) {
			Hop page = choose("127.0.0.1:" + silent.port());
			assertThat(page.body()).contains("took too long to answer").doesNotContain(PLAIN_HTTP);
			assertThat(page.body()).doesNotContain("data-plain-http");
		}
	}

	@Test
	void serverWhenAPlainHttpServerIsSlowThenSaysItTookTooLongAndOffersNoHttp() {
		this.fake.fault("/", Fault.TIMEOUT);
		Hop page = choose(this.fake.baseUrl());
		assertThat(page.body()).contains("took too long to answer").doesNotContain(PLAIN_HTTP);
		assertThat(page.body()).doesNotContain("data-plain-http");
	}

	@Test
	void serverWhenNothingListensThenSaysItDidNotAnswerAndOffersNoHttp() {
		Hop page = choose("127.0.0.1:1");
		assertThat(page.body()).contains("127.0.0.1:1 exists but didn’t answer").doesNotContain(PLAIN_HTTP);
		assertThat(page.body()).doesNotContain("data-plain-http");
	}

	private Hop choose(String typed) {
		return this.browser.submit("/server", "/server", Map.of("server", typed));
	}

	/** The hidden fields of the one-click "use http://…" form. */
	private static Map<String, String> retryForm(String html) {
		int start = html.indexOf("data-plain-http");
		assertThat(start).as("a one-click http form on the page").isPositive();
		int formStart = html.lastIndexOf("<form", start);
		int end = html.indexOf("</form>", start);
		return WizardClient.hiddenFields(html.substring(formStart, end));
	}

	/** A server that accepts connections and never answers. */
	private static final class Silent implements AutoCloseable {

		private final ServerSocket socket;

		private final List<Socket> accepted = new ArrayList<>();

		private final Thread acceptor;

		Silent() throws IOException {
			this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			this.acceptor = new Thread(() -> {
				while (!this.socket.isClosed()) {
					try {
						Socket s = this.socket.accept();
						synchronized (this.accepted) {
							this.accepted.add(s);
						}
					}
					catch (IOException ex) {
						return;
					}
				}
			}, "silent-server");
			this.acceptor.setDaemon(true);
			this.acceptor.start();
		}

		int port() {
			return this.socket.getLocalPort();
		}

		@Override
		public void close() throws IOException {
			this.socket.close();
			synchronized (this.accepted) {
				for (Socket s : this.accepted) {
					s.close();
				}
			}
		}

	}

}
