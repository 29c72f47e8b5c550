package dev.clausius.figures;

import dev.clausius.thermo.Frame;

import java.util.function.ToDoubleFunction;

/**
 * The two rates a curve is the ratio of, such as T = (dQ/dt)/(dS/dt) (paper Eq. 17): the curve
 * has a pole where the denominator changes sign and the numerator does not ({@link Divergences}).
 */
public record RateQuotient(ToDoubleFunction<Frame> numerator, ToDoubleFunction<Frame> denominator) {
}
