package dev.clausius.thermo;

/**
 * The classical-mode quantities a quantum frame does not have (docs/conventions.md, classical mode).
 *
 * @param borderTemperatureA   T(a_{N_A-1}), the cell of A touching B (paper Eq. 1's T_A)
 * @param borderTemperatureB   T(b_0), the cell of B touching A
 * @param interiorProductionB  dS_B - dQ_B / T_B_border, entropy produced inside B per unit time (Eqs. 2-3)
 * @param interiorProductionAB dS_A + dS_B, entropy produced in the whole of AB per unit time (Eq. 15)
 */
public record ClassicalBorder(double borderTemperatureA, double borderTemperatureB,
                              double interiorProductionB, double interiorProductionAB) {
}
