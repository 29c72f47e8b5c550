package dev.clausius.dynamics.classical;

import dev.clausius.dynamics.Evolver;
import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.linalg.HermitianEigen;
import dev.clausius.preset.ClassicalSpec;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.ClassicalBorder;
import dev.clausius.thermo.Column;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.GeneralizedTemperature;
import dev.clausius.thermo.Invariants;

import java.util.Arrays;
import java.util.List;

/**
 * Classical mode: two bodies of cells conducting heat (docs/model.md, "The classical model"). The
 * linear system C dT/dt = K T is solved exactly for every t from one real symmetric
 * eigendecomposition M = C^{-1/2} (-K) C^{-1/2} = V diag(lambda) V^T:
 * T(t) = C^{-1/2} V exp(-lambda t) V^T C^{1/2} T(0). The rates come from dT/dt = C^{-1} K T at that
 * T, not from differences of frames.
 */
public final class ClassicalEvolver implements Evolver {
    private final ConductionChain chain;
    private final double[] rates;
    /** Column j of V scaled by C^{-1/2} per row, row-major: T(t) = modes * (exp(-lambda t) coefficients). */
    private final double[][] modes;
    private final double[] decayRates;
    /** V^T C^{1/2} T(0). */
    private final double[] coefficients;
    private final double[] initial;
    private final double energyA0;
    private final double energyB0;
    /** T_B of the preset, for Spohn's Sigma (Eq. 14 with the classical S and Q). */
    private final double temperatureB0;
    private final double[] temperatures;
    private double lastEnergyDrift = Double.NaN;

    public ClassicalEvolver(Preset preset) {
        ClassicalSpec spec = preset.classical();
        chain = ConductionChain.of(spec);
        int n = chain.cells();
        initial = new double[n];
        for (int i = 0; i < n; i++) {
            initial[i] = i < chain.cellsA() ? preset.temperatureA() : preset.temperatureB();
        }
        temperatureB0 = preset.temperatureB();
        double[][] m = chain.symmetrizedGenerator();
        ComplexMatrix generator = new ComplexMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                generator.set(i, j, m[i][j], 0);
            }
        }
        HermitianEigen eigen = HermitianEigen.of(generator); // real symmetric: dsyevd, on either LAPACK backend
        decayRates = conservedModesExact(eigen.values());
        ComplexMatrix v = eigen.vectors();
        double[] capacities = chain.capacities();
        modes = new double[n][n];
        coefficients = new double[n];
        for (int j = 0; j < n; j++) {
            double c = 0;
            for (int i = 0; i < n; i++) {
                double vij = v.re(i, j);
                modes[i][j] = vij / Math.sqrt(capacities[i]);
                c += vij * Math.sqrt(capacities[i]) * initial[i];
            }
            coefficients[j] = c;
        }
        energyA0 = energy(initial, 0, chain.cellsA());
        energyB0 = energy(initial, chain.cellsA(), n);
        rates = new double[n];
        temperatures = new double[n];
    }

    /**
     * The eigenvalues with those at round-off set to exactly 0. M has one zero eigenvalue per
     * connected piece of the chain (its energy, conserved); dsyevd returns it as some 1e-16 |M|,
     * of either sign, which exp(-lambda t) would turn into an energy drift growing with t (2.6e-12 of
     * E at t = 812 before this). The slowest true decay of a preset is many orders above the cut.
     */
    private static double[] conservedModesExact(double[] values) {
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        double roundOff = 64.0 * values.length * Math.ulp(largest);
        double[] rates = values.clone();
        for (int j = 0; j < rates.length; j++) {
            if (Math.abs(rates[j]) <= roundOff) {
                rates[j] = 0;
            }
        }
        return rates;
    }

    @Override
    public Frame frameAt(double time) {
        int n = chain.cells();
        double[] weights = new double[n];
        for (int j = 0; j < n; j++) {
            weights[j] = Math.exp(-decayRates[j] * time) * coefficients[j];
        }
        for (int i = 0; i < n; i++) {
            double t = 0;
            double[] row = modes[i];
            for (int j = 0; j < n; j++) {
                t += row[j] * weights[j];
            }
            temperatures[i] = t;
        }
        chain.rates(temperatures, rates);
        int na = chain.cellsA();
        double entropyA = entropy(0, na);
        double entropyB = entropy(na, n);
        double energyA = energy(temperatures, 0, na);
        double energyB = energy(temperatures, na, n);
        double heatA = energyA - energyA0;
        double heatB = energyB - energyB0;
        double entropyRateA = entropyRate(0, na);
        double entropyRateB = entropyRate(na, n);
        double heatRateA = heatRate(0, na);
        double heatRateB = heatRate(na, n);
        double borderA = temperatures[na - 1];
        double borderB = temperatures[na];
        double exteriorA = heatRateA / borderA;               // Eq. 1: heat over the temperature where it enters
        double interiorA = entropyRateA - exteriorA;          // Eqs. 2-3: produced inside A
        double interiorB = entropyRateB - heatRateB / borderB;
        double interiorAB = entropyRateA + entropyRateB;      // Eq. 15: produced in the whole of AB
        lastEnergyDrift = Math.abs(energyA + energyB - energyA0 - energyB0);
        return new Frame(time, entropyA, entropyB, entropyA + entropyB, 0, 0, energyA, energyB, 0, heatA, heatB,
                entropyRateA, heatRateA, entropyRateB, heatRateB, entropyA - heatA / temperatureB0,
                interiorA, exteriorA, GeneralizedTemperature.of(heatRateA, entropyRateA),
                GeneralizedTemperature.of(heatRateB, entropyRateB), Double.NaN, null,
                new ClassicalBorder(borderA, borderB, interiorB, interiorAB));
    }

    /** S = sum C_i ln(T_i(t) / T_i(0)): a change since t = 0, a body's entropy being fixed up to a constant. */
    private double entropy(int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += chain.capacities()[i] * Math.log(temperatures[i] / initial[i]);
        }
        return s;
    }

    private double energy(double[] t, int from, int to) {
        double e = 0;
        for (int i = from; i < to; i++) {
            e += chain.capacities()[i] * t[i];
        }
        return e;
    }

    /** dS/dt = sum C_i (dT_i/dt) / T_i. */
    private double entropyRate(int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += chain.capacities()[i] * rates[i] / temperatures[i];
        }
        return s;
    }

    /** dQ/dt = sum C_i dT_i/dt. */
    private double heatRate(int from, int to) {
        double q = 0;
        for (int i = from; i < to; i++) {
            q += chain.capacities()[i] * rates[i];
        }
        return q;
    }

    /** The number of cells (there is no Hilbert space). */
    @Override
    public int dimension() {
        return chain.cells();
    }

    /**
     * Energy conservation E_A + E_B = E_A(0) + E_B(0) is the check here, not S_AB (which grows,
     * Eq. 15) nor interior_A (which is not zero for a body with a gradient, Eqs. 2-3): those, the
     * positivity of a density matrix and its Hermiticity do not apply (NaN). There is no trace
     * either; its guard, the one that flags a state full of NaN, gets 0 while every cell
     * temperature is finite and NaN otherwise, so a broken state is still flagged.
     */
    @Override
    public Invariants invariants() {
        if (Double.isNaN(lastEnergyDrift)) {
            return Invariants.UNKNOWN;
        }
        boolean finite = Arrays.stream(temperatures).allMatch(Double::isFinite);
        return new Invariants(finite ? 0 : Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                lastEnergyDrift, Double.NaN);
    }

    @Override
    public List<Column> columns() {
        return Column.classicalTimeSeries();
    }

    /** Cell temperatures of A and B (classical mode), else null. */
    @Override
    public double[][] cellTemperatures() {
        if (Double.isNaN(lastEnergyDrift)) {
            return null;
        }
        int na = chain.cellsA();
        return new double[][] {Arrays.copyOfRange(temperatures, 0, na),
                Arrays.copyOfRange(temperatures, na, temperatures.length)};
    }
}
