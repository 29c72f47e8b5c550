package dev.clausius.preset;

/**
 * Classical mode (docs/model.md, "The classical model"): two heat-conducting bodies, each a chain
 * of cells, touching end to end: a_0 - ... - a_{N_A-1} -[contact]- b_0 - ... - b_{N_B-1}.
 *
 * @param bodyA              body A (its last cell touches B)
 * @param bodyB              body B (its first cell touches A)
 * @param contactConductance k_c >= 0 between a_{N_A-1} and b_0
 */
public record ClassicalSpec(Body bodyA, Body bodyB, double contactConductance) {

    /** The preset's {@code "kind"} of a classical body. */
    public static final String BODY_KIND = "body";

    /**
     * One body: {@code cells} equal cells in a row.
     *
     * @param cells        N >= 1
     * @param heatCapacity C > 0 per cell, in units of k_B
     * @param conductance  k >= 0 between neighbouring cells
     */
    public record Body(int cells, double heatCapacity, double conductance) {
    }
}
