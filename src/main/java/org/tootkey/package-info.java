/**
 * Tootkey: a web wizard that gets a Mastodon bot its client ID, client secret and access
 * token, storing nothing.
 */
package org.tootkey;
