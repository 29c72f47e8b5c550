package dev.clausius.dynamics.lindblad;

import dev.clausius.linalg.ComplexMatrix;

/**
 * One Lindblad channel: the jump L and its rate r, entering paper Eq. 8 as
 * r (L rho L^dag - 1/2 {L^dag L, rho}). Keeping the rate apart from L keeps the thermal rates
 * (gamma (n+1), gamma n) readable; sqrt(r) L is the usual normalised jump.
 */
public record JumpOperator(ComplexMatrix operator, double rate) {

    public JumpOperator {
        if (!operator.isSquare()) {
            throw new IllegalArgumentException("a jump operator must be square, got "
                    + operator.rows() + " x " + operator.columns());
        }
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("a jump rate must be finite and >= 0, got " + rate);
        }
    }
}
