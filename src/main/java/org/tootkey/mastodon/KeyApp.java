package org.tootkey.mastodon;

import java.net.URI;
import java.util.Set;

/**
 * The app a key belongs to, from {@code GET /api/v1/apps/verify_credentials}.
 *
 * @param name the app's name, plain text (shown on posts as "via …")
 * @param website the app's website (https, or the server's own origin), or null
 * @param scopes the scopes the app was registered with (Mastodon 4.3 and later), or empty
 * when the server does not say
 */
public record KeyApp(String name, URI website, Set<String> scopes) {

}
