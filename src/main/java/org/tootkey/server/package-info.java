/**
 * Where the bot lives: what people paste ({@link org.tootkey.server.ServerAddress}), what
 * the server is and supports ({@link org.tootkey.server.ServerProfile}) and how we find
 * out ({@link org.tootkey.server.ServerDiscovery}, which alone calls its helpers: account
 * look-up, the probes, NodeInfo, the profile reader; none calls back). Whether a URL a
 * server names is its own is {@link org.tootkey.server.ServerAddress#owns}; JSON text is
 * read with {@link org.tootkey.server.JsonFields}.
 */
package org.tootkey.server;
