package org.tootkey.fake;

import java.time.Duration;

/**
 * How the fake treats the TCP connections clients open
 * ({@link FakeMastodon#start(ServerMode, Connections)}); works with every
 * {@link ServerMode}. All but {@link #KEEP_ALIVE} put a raw-socket front
 * ({@link ConnectionFront}) before the JDK HttpServer, because the JDK server always
 * announces a close with {@code Connection: close} and these servers do not: they just
 * close (RFC 9112 §9.3 asks for the header, §9.6 lets a server close at any time, and
 * clients must cope: RFC 9112 §9.3.1 "Retrying Requests").
 */
public enum Connections {

	/**
	 * The JDK HttpServer as it is: persistent HTTP/1.1 connections, idle ones closed
	 * after minutes.
	 */
	KEEP_ALIVE,

	/**
	 * One response per connection, then a plain close (FIN) without
	 * {@code Connection: close}.
	 */
	CLOSE_AFTER_EACH_RESPONSE,

	/**
	 * Persistent, but a connection idle for {@link #SHORT_IDLE} is closed without notice
	 * (nginx {@code keepalive_timeout}, a load balancer's idle timeout shorter than the
	 * client's pool keeps connections).
	 */
	SHORT_KEEP_ALIVE,

	/**
	 * Answers as HTTP/1.0 without {@code Connection: keep-alive}, so each connection
	 * carries one response.
	 */
	HTTP_1_0,

	/**
	 * Answers the first request of a connection; a second request on it gets a TCP reset
	 * (RST), no response.
	 */
	RESET_SECOND_REQUEST;

	/** How long {@link #SHORT_KEEP_ALIVE} keeps an idle connection. */
	public static final Duration SHORT_IDLE = Duration.ofMillis(300);

}
