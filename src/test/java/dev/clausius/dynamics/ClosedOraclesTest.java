package dev.clausius.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.linalg.Complex;
import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.linalg.HermitianEigen;
import dev.clausius.quantum.BipartiteSystem;
import dev.clausius.quantum.Coupling;
import dev.clausius.quantum.Entropy;
import dev.clausius.quantum.GibbsState;
import dev.clausius.quantum.Subsystem;
import dev.clausius.quantum.Subsystems;
import dev.clausius.thermo.Frame;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks 1-5 and 7 of docs/conventions.md on the closed-mode evolver. */
class ClosedOraclesTest {
    private static final double G = 0.05;
    private static final double TA = 0.5;
    private static final double TB = 2.0;

    private static BipartiteSystem resonantQubits() {
        Subsystem a = Subsystems.qubit(1);
        Subsystem b = Subsystems.qubit(1);
        ComplexMatrix v = new Coupling(a, b).add(new Complex(G, 0), "sp", "sm", true).matrix();
        return new BipartiteSystem(a, b, v, TA, TB);
    }

    /** A qutrit and a qubit with a complex coupling: complex H, zheevd path, non-diagonal rho_A. */
    static BipartiteSystem qutritQubit() {
        Subsystem a = Subsystems.spin(1, 1.0);
        Subsystem b = Subsystems.qubit(1.1);
        ComplexMatrix v = new Coupling(a, b).add(new Complex(0.03, 0.04), "jp", "sm", true)
                .add(new Complex(0.02, 0), "jx", "sx", false).matrix();
        return new BipartiteSystem(a, b, v, 0.4, 2.0);
    }

    /** Jaynes-Cummings with a pure (T = 0) qubit. */
    static BipartiteSystem jaynesCummings() {
        Subsystem a = Subsystems.qubit(1);
        Subsystem b = Subsystems.oscillator(1, 12);
        ComplexMatrix v = new Coupling(a, b).add(new Complex(0.1, 0), "sp", "a", true).matrix();
        return new BipartiteSystem(a, b, v, 0, 1);
    }

    private static double binaryEntropy(double p) {
        return -p * Math.log(p) - (1 - p) * Math.log(1 - p);
    }

    private static double excitedPopulation(double omega, double t) {
        return 1 / (1 + Math.exp(omega / t));
    }

    @Test
    void oracle1ResonantSwap() {
        ClosedEvolver evolver = new ClosedEvolver(resonantQubits());
        double pA = excitedPopulation(1, TA);
        double pB = excitedPopulation(1, TB);
        for (int k = 0; k <= 400; k++) {
            double t = 0.25 * k;
            Frame f = evolver.frameAt(t);
            double c = Math.cos(G * t);
            double s = Math.sin(G * t);
            double pe = pA * c * c + pB * s * s;
            assertEquals(pe - 0.5, f.energyA(), 1e-14, "E_A at t=" + t); // E_A = (omega/2)(2 p_e - 1)
            assertEquals(binaryEntropy(pe), f.entropyA(), 1e-13, "S_A at t=" + t);
            // rho_A stays diagonal
            assertEquals(0, evolver.state().re(0, 2) + evolver.state().re(1, 3), 1e-14);
        }
        Frame swap = evolver.frameAt(Math.PI / (2 * G));
        assertEquals(0, swap.mutualInformation(), 1e-12);
        assertEquals(binaryEntropy(pB), swap.entropyA(), 1e-13);
    }

    @Test
    void oracle2StateIsADensityMatrixAtEveryStep() {
        for (BipartiteSystem system : List.of(resonantQubits(), qutritQubit(), jaynesCummings())) {
            ClosedEvolver evolver = new ClosedEvolver(system);
            for (int k = 0; k <= 60; k++) {
                evolver.frameAt(1.7 * k);
                ComplexMatrix rho = evolver.state();
                assertEquals(1.0, rho.trace().re(), 1e-13);
                assertEquals(0.0, rho.trace().im(), 1e-14);
                assertTrue(rho.hermiticityError() < 1e-14);
                assertTrue(HermitianEigen.valuesOf(rho)[0] >= -1e-12);
            }
        }
    }

    @Test
    void oracle3EntropyOfTheWholeAndEnergyAreConserved() {
        for (BipartiteSystem system : List.of(resonantQubits(), qutritQubit(), jaynesCummings())) {
            ClosedEvolver evolver = new ClosedEvolver(system);
            Frame first = evolver.frameAt(0);
            double s0 = Entropy.vonNeumann(system.initialState());
            assertEquals(s0, first.entropyAB(), 1e-13);
            double energy0 = first.energyA() + first.energyB() + first.energyCoupling();
            for (int k = 1; k <= 40; k++) {
                Frame f = evolver.frameAt(2.3 * k);
                // S_AB from the spectrum of the evolved state, not the column's invariant
                double spectral = Entropy.vonNeumann(evolver.state());
                assertEquals(s0, spectral, 1e-11, "S_AB at t=" + f.time());
                assertEquals(energy0, f.energyA() + f.energyB() + f.energyCoupling(), 1e-13);
            }
        }
    }

    @Test
    void oracle4InteriorTermIsRoundOffAndExteriorCarriesTheRate() {
        for (BipartiteSystem system : List.of(resonantQubits(), qutritQubit())) {
            ClosedEvolver evolver = new ClosedEvolver(system);
            double scale = system.a().hamiltonian().maxAbs();
            for (int k = 1; k <= 100; k++) {
                Frame f = evolver.frameAt(0.9 * k);
                assertTrue(Math.abs(f.interiorProductionA()) < 1e-14 * scale, "interior " + f.interiorProductionA());
                assertEquals(f.entropyRateA() - f.interiorProductionA(), f.exteriorProductionA(), 1e-14);
            }
        }
    }

    @Test
    void oracle5DecompositionAndEquation18() {
        for (BipartiteSystem system : List.of(resonantQubits(), qutritQubit(), jaynesCummings())) {
            ClosedEvolver evolver = new ClosedEvolver(system);
            Frame f0 = evolver.frameAt(0);
            double tb = system.temperatureB();
            for (int k = 1; k <= 50; k++) {
                double t = 1.3 * k;
                Frame f = evolver.frameAt(t);
                // Esposito-Lindenberg-Van den Broeck: S_A(t) - S_A(0) + Q_B/T_B = I + D(rho_B || rho_B(0))
                assertEquals(f.mutualInformation() + f.relativeEntropyB(),
                        f.entropyA() - f0.entropyA() + f.heatB() / tb, 1e-12);
                // with energy conservation: Sigma = I + D + Delta E_V / T_B
                assertEquals(f.mutualInformation() + f.relativeEntropyB()
                        + (f.energyCoupling() - f0.energyCoupling()) / tb, f.spohnProduction(), 1e-12);
                assertTrue(f.correlationEntropy() <= 1e-14);
                // Eq. 18: dS_C/dt = -(dQ_A/T_A(t) + dQ_B/T_B(t)), dS_C from a central difference of S_C
                double h = 1e-4;
                double finiteDifference = (evolver.frameAt(t + h).correlationEntropy()
                        - evolver.frameAt(t - h).correlationEntropy()) / (2 * h);
                double eq18 = -(f.heatRateA() / f.generalizedTemperatureA() + f.heatRateB() / f.generalizedTemperatureB());
                assertEquals(finiteDifference, eq18, 1e-7, "Eq. 18 at t=" + t);
            }
        }
    }

    @Test
    void ratesAgreeWithFiniteDifferencesOfTheirIntegrals() {
        for (BipartiteSystem system : List.of(qutritQubit(), jaynesCummings())) {
            ClosedEvolver evolver = new ClosedEvolver(system);
            for (int k = 1; k <= 20; k++) {
                double t = 2.1 * k;
                double h = 1e-4;
                Frame f = evolver.frameAt(t);
                Frame plus = evolver.frameAt(t + h);
                Frame minus = evolver.frameAt(t - h);
                assertEquals((plus.entropyA() - minus.entropyA()) / (2 * h), f.entropyRateA(), 1e-7);
                assertEquals((plus.entropyB() - minus.entropyB()) / (2 * h), f.entropyRateB(), 1e-7);
                assertEquals((plus.heatA() - minus.heatA()) / (2 * h), f.heatRateA(), 1e-8);
                assertEquals((plus.heatB() - minus.heatB()) / (2 * h), f.heatRateB(), 1e-8);
            }
        }
    }

    @Test
    void oracle7DiagonalQubitTemperatureIsThePopulationTemperature() {
        ClosedEvolver evolver = new ClosedEvolver(resonantQubits());
        for (int k = 1; k <= 120; k++) {
            Frame f = evolver.frameAt(0.5 * k);
            double pe = f.energyA() + 0.5;
            double population = 1 / Math.log((1 - pe) / pe);
            assertEquals(population, f.generalizedTemperatureA(), 1e-9 * population, "T_A at t=" + f.time());
        }
    }

    @Test
    void pureStateRatesAreNaNAndSpohnFallsBack() {
        ClosedEvolver evolver = new ClosedEvolver(jaynesCummings());
        Frame f0 = evolver.frameAt(0);
        assertEquals(0, f0.entropyA(), 1e-15);
        assertTrue(Double.isNaN(f0.entropyRateA()));
        assertTrue(Double.isNaN(f0.interiorProductionA()));
        assertTrue(Double.isNaN(f0.generalizedTemperatureA()));
        // the resonant swap: Sigma returns to 0 at g t = pi (full revival)
        ClosedEvolver swap = new ClosedEvolver(resonantQubits());
        assertTrue(swap.frameAt(Math.PI / (2 * G)).spohnProduction() > 0.1);
        assertEquals(0, swap.frameAt(Math.PI / G).spohnProduction(), 1e-12);
    }

    @Test
    void anyTimeCanBeAskedForDirectly() {
        ClosedEvolver evolver = new ClosedEvolver(qutritQubit());
        Frame late = evolver.frameAt(1234.5);
        evolver.frameAt(3.0);
        Frame again = evolver.frameAt(1234.5);
        assertEquals(late, again);
        assertEquals(GibbsState.of(Subsystems.qubit(1.1).hamiltonian(), 2.0).re(0, 0),
                new ClosedEvolver(qutritQubit()).frameAt(0).energyB() / 1.1 + 0.5, 1e-14);
    }

    @Test
    void liveInvariantsStayAtRoundOff() {
        for (BipartiteSystem system : List.of(resonantQubits(), qutritQubit(), jaynesCummings())) {
            ClosedEvolver evolver = new ClosedEvolver(system);
            for (int k = 0; k <= 30; k++) {
                evolver.frameAt(3.1 * k);
                dev.clausius.thermo.Invariants checks = evolver.invariants();
                assertTrue(checks.traceError() < 1e-13);
                assertTrue(checks.minEigenvalue() >= -1e-12);
                assertTrue(checks.entropyDriftAB() < 1e-10, "S_AB drift " + checks.entropyDriftAB());
                assertTrue(checks.purityDrift() < 1e-13);
                assertTrue(checks.energyDrift() < 1e-13);
                assertTrue(checks.interiorMagnitude() < 1e-14 || Double.isNaN(checks.interiorMagnitude()));
            }
        }
    }

    @Test
    void stateSnapshotOfTheResonantSwapIsDiagonalWithTheSwappedPopulation() {
        ClosedEvolver evolver = new ClosedEvolver(resonantQubits());
        evolver.frameAt(Math.PI / (2 * G));
        dev.clausius.thermo.StateSnapshot a = evolver.stateA();
        assertEquals(excitedPopulation(1, TB), a.population(0), 1e-13);
        double[] bloch = a.blochVector();
        assertEquals(0, bloch[0], 1e-14);
        assertEquals(2 * excitedPopulation(1, TB) - 1, bloch[2], 1e-13);
    }
}
