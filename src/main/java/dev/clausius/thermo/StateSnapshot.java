package dev.clausius.thermo;

/**
 * A copy of a small density matrix (row-major re[i][j], im[i][j]) for views that draw the state
 * itself: heat maps, population bars, the Bloch vector. Plain arrays, so views need no linear algebra.
 */
public record StateSnapshot(double[][] re, double[][] im) {

    public int dimension() {
        return re.length;
    }

    public double population(int i) {
        return re[i][i];
    }

    public double magnitude(int i, int j) {
        return Math.hypot(re[i][j], im[i][j]);
    }

    /**
     * The Bloch vector (x, y, z) of a qubit state, rho = (1 + r.sigma)/2 in the qubit basis of docs/conventions.md
     * (index 0 = |e>, sigma_z = diag(1, -1)).
     */
    public double[] blochVector() {
        if (dimension() != 2) {
            throw new IllegalStateException("a Bloch vector needs a qubit, this state has dimension " + dimension());
        }
        return new double[] {2 * re[0][1], -2 * im[0][1], re[0][0] - re[1][1]};
    }
}
