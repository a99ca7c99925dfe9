/**
 * The client side of the Mastodon API (app registration, account checks, posting, the bot
 * flag, revocation), with no web types. Lenient about what servers send: fields may be
 * missing or null, errors may be JSON, HTML or empty.
 */
package org.tootkey.mastodon;
