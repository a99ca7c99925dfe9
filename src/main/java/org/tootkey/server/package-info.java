/**
 * Where the bot lives: what people paste ({@link org.tootkey.server.ServerAddress}), what the
 * server is and supports ({@link org.tootkey.server.ServerProfile}) and how we find out
 * ({@link org.tootkey.server.ServerDiscovery}).
 */
package org.tootkey.server;
