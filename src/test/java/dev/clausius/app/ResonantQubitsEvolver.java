package dev.clausius.app;

import dev.clausius.dynamics.Evolver;
import dev.clausius.thermo.Frame;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test-only evolver with closed-form entropies, so the UI tests do not depend on the physics.
 * Two resonant qubits with flip-flop coupling g (sp sm + h.c.), starting in a product of diagonal
 * states with excited populations pA, pB: the populations swap, pA(t) = pA cos^2(gt) + pB sin^2(gt),
 * the reduced states stay diagonal and S_AB keeps its initial value.
 */
public final class ResonantQubitsEvolver implements Evolver {
    private final double g;
    private final double pA;
    private final double pB;
    /** Names of the threads that called {@link #frameAt}, to check the FX thread never does. */
    public final Set<String> callerThreads = ConcurrentHashMap.newKeySet();
    /** Simulated cost of one frame, to make playback slow enough to watch in tests. */
    private final long sleepMillis;

    ResonantQubitsEvolver(double g, double temperatureA, double temperatureB, long sleepMillis) {
        this.g = g;
        this.pA = excitedPopulation(temperatureA);
        this.pB = excitedPopulation(temperatureB);
        this.sleepMillis = sleepMillis;
    }

    /** The resonant-qubits preset's numbers: g = 0.05, T_A = 0.5, T_B = 2, omega = 1. */
    public static ResonantQubitsEvolver standard() {
        return new ResonantQubitsEvolver(0.05, 0.5, 2.0, 0);
    }

    /** Gibbs population of |e> for H = (omega/2) sigma_z with omega = 1. */
    private static double excitedPopulation(double temperature) {
        return 1.0 / (1.0 + Math.exp(1.0 / temperature));
    }

    private static double binaryEntropy(double p) {
        return -xlnx(p) - xlnx(1 - p);
    }

    private static double xlnx(double x) {
        return x <= 0 ? 0 : x * Math.log(x);
    }

    @Override
    public Frame frameAt(double t) {
        callerThreads.add(Thread.currentThread().getName());
        if (sleepMillis > 0) {
            try {
                Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        double c2 = Math.pow(Math.cos(g * t), 2);
        double s2 = 1 - c2;
        double a = pA * c2 + pB * s2;
        double b = pB * c2 + pA * s2;
        double sA = binaryEntropy(a);
        double sB = binaryEntropy(b);
        double sAB = binaryEntropy(pA) + binaryEntropy(pB);
        double nan = Double.NaN;
        return new Frame(t, sA, sB, sAB, sAB - sA - sB, sA + sB - sAB,
                nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan);
    }

    @Override
    public int dimension() {
        return 4;
    }
}
