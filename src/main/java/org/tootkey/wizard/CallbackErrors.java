package org.tootkey.wizard;

import java.util.Locale;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tootkey.outbound.OutboundProblem;
import org.tootkey.web.Problem;

/**
 * Maps the error codes that reach the callback (from the server, or from our side of the
 * code exchange) to our own pages. The server's {@code error_description} is never shown.
 */
final class CallbackErrors {

	private static final String OUTBOUND_PREFIX = "tootkey_";

	private CallbackErrors() {
	}

	static Problem problemFor(String error, RedirectAttributes redirect) {
		String code = error.toLowerCase(Locale.ROOT);
		if (code.equals("tootkey_issuer_mismatch")) {
			return Problem.ISSUER_MISMATCH;
		}
		if (code.equals("tootkey_rate_limited")) {
			redirect.addFlashAttribute("detail", "api.error.rate-limited-unknown");
			return Problem.SERVER_TROUBLE;
		}
		if (code.startsWith(OUTBOUND_PREFIX)) {
			String name = code.substring(OUTBOUND_PREFIX.length()).toUpperCase(Locale.ROOT);
			for (OutboundProblem problem : OutboundProblem.values()) {
				if (problem.name().equals(name)) {
					redirect.addFlashAttribute("detail", problem.messageKey());
				}
			}
			return Problem.SERVER_TROUBLE;
		}
		return switch (code) {
			case "access_denied" -> Problem.DENIED;
			case "invalid_grant", "authorization_request_not_found" -> Problem.LINK_EXPIRED;
			case "invalid_client", "unauthorized_client" -> Problem.APP_GONE;
			case "invalid_scope" -> Problem.SCOPE_REFUSED;
			case "server_error", "temporarily_unavailable" -> Problem.SERVER_TROUBLE;
			default -> Problem.TOKEN_FAILED;
		};
	}

}
