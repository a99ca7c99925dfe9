/**
 * Sealing: authenticated encryption (AES-256-GCM from the JDK) for the few things Tootkey
 * hands to a browser instead of keeping them — the class link and the checked key's
 * hidden field. A seal carries its expiry and is bound to a purpose label (and, where
 * given, a visitor), so it is secret, tamper-evident, and never opens for anything else.
 * It depends on nothing but the JDK, so every feature package may use it.
 */
package org.tootkey.seal;
