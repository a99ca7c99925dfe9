package org.tootkey.mastodon;

import java.util.Optional;

import org.tootkey.TootkeyException;
import org.tootkey.outbound.OutboundProblem;

/**
 * A call to the Mastodon API did not succeed. Carries a message key and arguments that
 * are ours or have been reduced to short plain text; never a raw upstream body. When the
 * call never got an answer, {@link #problem()} says why.
 */
public class MastodonApiException extends TootkeyException {

	private static final long serialVersionUID = 1L;

	private final OutboundProblem problem;

	public MastodonApiException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.problem = null;
	}

	/** The call did not get an answer: explained by the problem's own message. */
	public MastodonApiException(OutboundProblem problem) {
		super(problem.messageKey());
		this.problem = problem;
	}

	/** Why the call got no answer, if that is what went wrong. */
	public Optional<OutboundProblem> problem() {
		return Optional.ofNullable(this.problem);
	}

}
