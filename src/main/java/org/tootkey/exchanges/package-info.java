/**
 * The "technical details": every call a visitor's wizard makes to their server, recorded
 * with secrets redacted ({@link org.tootkey.exchanges.ExchangeRecorder}, an interceptor
 * the outbound client is given), kept in the visitor's session
 * ({@link org.tootkey.exchanges.ExchangeLogs}, for the paths the wizard declares) and
 * shown on the last pages. Uses only {@code outbound}; {@code outbound} knows nothing of
 * it.
 */
package org.tootkey.exchanges;
