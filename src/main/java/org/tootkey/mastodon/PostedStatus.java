package org.tootkey.mastodon;

import java.io.Serializable;
import java.net.URI;

/**
 * A post the wizard sent for the bot.
 *
 * @param id the post's id
 * @param url where the post can be seen, or null
 * @param visibility who can see it
 */
public record PostedStatus(String id, URI url, String visibility) implements Serializable {

}
