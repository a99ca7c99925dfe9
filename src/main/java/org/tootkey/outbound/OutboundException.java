package org.tootkey.outbound;

/**
 * A call to a server could not be completed. Carries no upstream text: only the kind of
 * problem, so nothing the server said can reach a page or a log through it.
 */
public class OutboundException extends RuntimeException {

	private final OutboundProblem problem;

	public OutboundException(OutboundProblem problem) {
		super(problem.name(), null, false, false);
		this.problem = problem;
	}

	public OutboundProblem problem() {
		return this.problem;
	}

	/** Wraps any failure of a call as an {@code OutboundException}, classified. */
	public static OutboundException from(Throwable failure) {
		if (failure instanceof OutboundException outbound) {
			return outbound;
		}
		return new OutboundException(OutboundProblem.of(failure));
	}

}
