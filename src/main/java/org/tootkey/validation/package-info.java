/**
 * Bean Validation constraints for the forms, as people type them: text counted in
 * characters as a person sees them (code points, surrounding spaces stripped), a web
 * address, one of a few values. Every message is a {@code {key}} from the
 * {@code messages*.properties} files, so the error reads as before in each language. Any
 * package may use it; it uses nothing of Tootkey.
 */
package org.tootkey.validation;
