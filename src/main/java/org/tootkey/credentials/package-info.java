/**
 * The show-once page: the three values and the server's address, with paste-ready
 * snippets for common tools. Showing them ends the wizard's session.
 */
package org.tootkey.credentials;
