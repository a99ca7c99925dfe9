package org.tootkey.fake;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw-socket front before the fake's JDK HttpServer that closes connections the way
 * some real servers do: without saying so ({@link Connections}). Each request a client
 * sends is passed to the HttpServer on a connection of its own (with
 * {@code Connection: close}, so the HttpServer's answer ends with its close); the answer
 * goes back without {@code Connection} or {@code Keep-Alive} headers, and then the front
 * does to the client's connection what the behaviour says. Requests are read whole
 * (Content-Length or chunked) before they are passed on.
 */
final class ConnectionFront implements AutoCloseable {

	private static final int MAX_HEAD = 64 * 1024;

	private static final int FIRST_REQUEST_WAIT_MS = 60_000;

	/** The first byte of a TLS record carrying a handshake (RFC 8446, 5.1). */
	private static final int TLS_HANDSHAKE = 0x16;

	private static final byte[] BAD_REQUEST = "HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
		.getBytes(StandardCharsets.ISO_8859_1);

	private final Connections behaviour;

	private final ServerSocket listener;

	private final InetSocketAddress upstream;

	private final ExecutorService threads;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean closed;

	ConnectionFront(Connections behaviour, int port, InetSocketAddress upstream) {
		this.behaviour = behaviour;
		this.upstream = upstream;
		try {
			this.listener = new ServerSocket(port, 512, InetAddress.getLoopbackAddress());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port, e);
		}
		AtomicInteger n = new AtomicInteger();
		this.threads = Executors.newCachedThreadPool(r -> {
			Thread t = new Thread(r, "fake-front-" + listener.getLocalPort() + "-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		threads.execute(this::acceptLoop);
	}

	int port() {
		return listener.getLocalPort();
	}

	@Override
	public void close() {
		closed = true;
		try {
			listener.close();
		}
		catch (IOException ignored) {
			// closing anyway
		}
		for (Socket s : open) {
			quietlyClose(s);
		}
		threads.shutdownNow();
	}

	private void acceptLoop() {
		while (!closed) {
			try {
				Socket client = listener.accept();
				open.add(client);
				threads.execute(() -> serve(client));
			}
			catch (IOException e) {
				if (!closed) {
					System.err.println("ConnectionFront: " + e);
				}
				return;
			}
		}
	}

	private void serve(Socket client) {
		try {
			InputStream in = new BufferedInputStream(client.getInputStream());
			OutputStream out = client.getOutputStream();
			client.setSoTimeout(FIRST_REQUEST_WAIT_MS);
			if (startsWithTlsHandshake(in)) {
				// https spoken to a plain http port: real servers answer the TLS hello
				// as a malformed request, in plain text, and close — Puma (Mastodon's
				// web server), puma/puma lib/puma/server.rb, Server#client_error:
				// "when HttpParserError → response_to_error(client, requests, e, 400)".
				// The JDK HttpServer behind this front would instead wait for a line end
				// that never comes.
				out.write(BAD_REQUEST);
				out.flush();
				return;
			}
			int served = 0;
			while (!closed) {
				byte[] head;
				try {
					head = readHead(in);
				}
				catch (SocketTimeoutException idle) {
					break; // SHORT_KEEP_ALIVE: idle too long; the others: a client that
							// never asked
				}
				if (head == null) {
					break;
				}
				if (behaviour == Connections.RESET_SECOND_REQUEST && served == 1) {
					client.setSoLinger(true, 0); // RST instead of FIN
					break;
				}
				List<String> lines = lines(head);
				byte[] body = readBody(in, lines);
				if (!forward(lines, body, out)) {
					break; // the HttpServer closed without answering (Fault.RESET): the
							// client sees the same
				}
				served++;
				switch (behaviour) {
					case CLOSE_AFTER_EACH_RESPONSE, HTTP_1_0 -> {
						return;
					}
					case SHORT_KEEP_ALIVE -> client.setSoTimeout((int) Connections.SHORT_IDLE.toMillis());
					default -> {
						// keep the connection for the next request
					}
				}
			}
		}
		catch (IOException clientWentAway) {
			// nothing to do: the connection is closed below
		}
		finally {
			quietlyClose(client);
			open.remove(client);
		}
	}

	/**
	 * Whether the connection opens with a TLS handshake record (content type 22), as a
	 * client speaking https does; the byte is left in the stream otherwise.
	 */
	private static boolean startsWithTlsHandshake(InputStream in) throws IOException {
		in.mark(1);
		int first = in.read();
		in.reset();
		return first == TLS_HANDSHAKE;
	}

	/**
	 * Passes one request to the HttpServer and its answer back; false when the HttpServer
	 * sent nothing.
	 */
	private boolean forward(List<String> request, byte[] body, OutputStream client) throws IOException {
		try (Socket server = new Socket()) {
			open.add(server);
			try {
				server.connect(upstream, 5_000);
				OutputStream up = server.getOutputStream();
				up.write(upstreamHead(request, body).getBytes(StandardCharsets.ISO_8859_1));
				up.write(body);
				up.flush();
				InputStream down = new BufferedInputStream(server.getInputStream());
				byte[] head = readHead(down);
				if (head == null) {
					return false;
				}
				client.write(clientHead(lines(head)).getBytes(StandardCharsets.ISO_8859_1));
				client.flush();
				byte[] buffer = new byte[8192];
				int read;
				while ((read = down.read(buffer)) >= 0) { // the HttpServer closes after
															// its answer
					client.write(buffer, 0, read);
					client.flush();
				}
				return true;
			}
			finally {
				open.remove(server);
			}
		}
	}

	private String upstreamHead(List<String> request, byte[] body) {
		StringBuilder head = new StringBuilder();
		String requestLine = request.get(0);
		if (behaviour == Connections.HTTP_1_0) {
			// the JDK HttpServer then answers without chunked encoding, as an HTTP/1.0
			// server must
			requestLine = requestLine.substring(0, requestLine.lastIndexOf(' ') + 1) + "HTTP/1.0";
		}
		head.append(requestLine).append("\r\n");
		for (String line : request.subList(1, request.size())) {
			String name = name(line);
			if (!name.equals("connection") && !name.equals("keep-alive") && !name.equals("content-length")
					&& !name.equals("transfer-encoding")) {
				head.append(line).append("\r\n");
			}
		}
		if (body.length > 0) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		return head.append("Connection: close\r\n\r\n").toString();
	}

	private String clientHead(List<String> response) {
		StringBuilder head = new StringBuilder();
		String statusLine = response.get(0);
		if (behaviour == Connections.HTTP_1_0) {
			statusLine = "HTTP/1.0" + statusLine.substring(statusLine.indexOf(' '));
		}
		head.append(statusLine).append("\r\n");
		for (String line : response.subList(1, response.size())) {
			String name = name(line);
			if (!name.equals("connection") && !name.equals("keep-alive")) {
				head.append(line).append("\r\n");
			}
		}
		return head.append("\r\n").toString();
	}

	/**
	 * The head up to and without the blank line; null at end of stream before any byte.
	 */
	private static byte[] readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		while (true) {
			int b = in.read();
			if (b < 0) {
				if (head.size() == 0) {
					return null;
				}
				throw new IOException("connection closed inside a head");
			}
			head.write(b);
			matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
			if (matched == 4) {
				byte[] bytes = head.toByteArray();
				return java.util.Arrays.copyOf(bytes, bytes.length - 4);
			}
			if (head.size() > MAX_HEAD) {
				throw new IOException("head too large");
			}
		}
	}

	private static byte[] readBody(InputStream in, List<String> head) throws IOException {
		String length = header(head, "content-length");
		if (length != null) {
			return in.readNBytes(Integer.parseInt(length.trim()));
		}
		String encoding = header(head, "transfer-encoding");
		if (encoding == null || !encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
			return new byte[0];
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			String sizeLine = readLine(in);
			int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
			if (size == 0) {
				while (!readLine(in).isEmpty()) {
					// trailers
				}
				return body.toByteArray();
			}
			body.write(in.readNBytes(size));
			readLine(in);
		}
	}

	private static String readLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		int b;
		while ((b = in.read()) >= 0 && b != '\n') {
			if (b != '\r') {
				line.append((char) b);
			}
		}
		if (b < 0) {
			throw new IOException("connection closed inside a chunked body");
		}
		return line.toString();
	}

	private static List<String> lines(byte[] head) {
		return new ArrayList<>(List.of(new String(head, StandardCharsets.ISO_8859_1).split("\r\n")));
	}

	private static String header(List<String> head, String name) {
		for (String line : head.subList(1, head.size())) {
			if (name(line).equals(name)) {
				return line.substring(line.indexOf(':') + 1).trim();
			}
		}
		return null;
	}

	private static String name(String headerLine) {
		int colon = headerLine.indexOf(':');
		return (colon < 0 ? headerLine : headerLine.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
	}

	private static void quietlyClose(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// already gone
		}
	}

}
