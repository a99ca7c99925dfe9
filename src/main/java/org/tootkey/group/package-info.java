/**
 * The group road: an organizer registers one app for a whole class and shares it as a
 * sealed class link; each participant opens the link and gets their own token for that
 * app. Nothing is stored: the link itself carries the app, encrypted and signed.
 */
package org.tootkey.group;
