package org.tootkey.oauth;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tootkey.MessageKeys;
import org.tootkey.mastodon.SafeValue;
import org.tootkey.outbound.OutboundException;
import org.tootkey.outbound.OutboundProblem;
import org.tootkey.web.Problem;

/**
 * What the {@code error} code that reaches the callback means: one of OAuth's own codes
 * from the server (RFC 6749 §4.1.2.1, §5.2), or one of ours ({@code tootkey_…}) for what
 * went wrong on our side of the code exchange. Each has its problem page; the server's
 * {@code error_description} is never shown.
 */
public enum CallbackError {

	/** The person chose Deny on the server's page. */
	DENIED(Problem.DENIED, "access_denied"),
	/** The code was used, expired, or no pending authorization matches. */
	LINK_EXPIRED(Problem.LINK_EXPIRED, "invalid_grant", "authorization_request_not_found"),
	/** The server no longer knows the app (Doorkeeper answers 401). */
	APP_GONE(Problem.APP_GONE, "invalid_client", "unauthorized_client"),
	/** The server refused the permissions asked for. */
	SCOPE_REFUSED(Problem.SCOPE_REFUSED, "invalid_scope"),
	/** The server's own trouble (5xx). */
	SERVER_TROUBLE(Problem.SERVER_TROUBLE, "server_error", "temporarily_unavailable"),
	/** RFC 9207: the callback came from another server than the one chosen. */
	ISSUER_MISMATCH(Problem.ISSUER_MISMATCH, "tootkey_issuer_mismatch"),
	/** The token's characters are outside {@link SafeValue}'s set. */
	UNSAFE_TOKEN(Problem.SERVER_TROUBLE, "tootkey_unsafe_token"),
	/** The server asked us to slow down while exchanging the code. */
	RATE_LIMITED(Problem.SERVER_TROUBLE, "tootkey_rate_limited"),
	/**
	 * The code exchange got no answer: {@code tootkey_<problem>}, naming the
	 * {@link OutboundProblem}.
	 */
	NO_ANSWER(Problem.SERVER_TROUBLE),
	/** Any other code: the server did not hand over the key. */
	OTHER(Problem.TOKEN_FAILED);

	private static final String OURS = "tootkey_";

	private final Problem problem;

	private final List<String> codes;

	CallbackError(Problem problem, String... codes) {
		this.problem = problem;
		this.codes = List.of(codes);
	}

	/** The code as it travels in the callback's {@code error} parameter. */
	public String code() {
		return this.codes.isEmpty() ? OURS + MessageKeys.code(this) : this.codes.get(0);
	}

	/** The code for a code exchange that got no answer for this reason. */
	public static String code(OutboundProblem problem) {
		return OURS + MessageKeys.code(problem);
	}

	/** The page that explains it. */
	public Problem problem() {
		return this.problem;
	}

	/** What an error code means (any casing; unknown codes are {@link #OTHER}). */
	public static CallbackError of(String error) {
		String code = error.toLowerCase(Locale.ROOT);
		for (CallbackError value : values()) {
			if (value.codes.contains(code)) {
				return value;
			}
		}
		return code.startsWith(OURS) ? NO_ANSWER : OTHER;
	}

	/**
	 * The sentence the problem page adds for this error code, if any: why our side could
	 * not finish. An {@link OutboundException} when the exchange got no answer, so the
	 * page can tell Tootkey's own cap apart.
	 */
	public static Optional<MessageSourceResolvable> detail(String error) {
		CallbackError kind = of(error);
		return switch (kind) {
			case UNSAFE_TOKEN -> Optional.of(new DefaultMessageSourceResolvable(SafeValue.MESSAGE_KEY));
			case RATE_LIMITED -> Optional.of(new DefaultMessageSourceResolvable("api.error.rate-limited-unknown"));
			case NO_ANSWER -> outboundProblem(error).map(OutboundException::new);
			default -> Optional.empty();
		};
	}

	private static Optional<OutboundProblem> outboundProblem(String error) {
		String code = error.toLowerCase(Locale.ROOT);
		for (OutboundProblem problem : OutboundProblem.values()) {
			if (code.equals(code(problem))) {
				return Optional.of(problem);
			}
		}
		return Optional.empty();
	}

}
