package dev.clausius.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.dynamics.lindblad.JumpOperator;
import dev.clausius.dynamics.lindblad.ThermalJumps;
import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.linalg.HermitianEigen;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.quantum.GibbsState;
import dev.clausius.quantum.Subsystem;
import dev.clausius.quantum.Subsystems;
import dev.clausius.testing.NaiveMatrix;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.Invariants;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The open-mode checks 6, 2 and 7 of docs/conventions.md and the Davies fixed point, on the presets and on random systems. */
class OpenOraclesTest {

    /** Oracle 6: p_e(t) = p_inf + (p_e(0) - p_inf) e^{-g0 (2n+1) t}, p_inf = n/(2n+1). */
    @Test
    void openQubitPopulationRelaxesExponentially() throws Exception {
        OpenEvolver evolver = OpenPresets.evolver("lindblad-qubit");
        double n = 1 / Math.expm1(1.0); // omega 1, T_B 1
        double g0 = 0.05;
        double pInf = n / (2 * n + 1);
        double p0 = 1 / (1 + Math.exp(1 / 0.2)); // Gibbs at T_A 0.2
        TimeGrid grid = OpenPresets.grid("lindblad-qubit");
        for (int k = 0; k < grid.size(); k++) {
            double t = grid.time(k);
            evolver.frameAt(t);
            double expected = pInf + (p0 - pInf) * Math.exp(-g0 * (2 * n + 1) * t);
            // index 0 = |e>; stepping by P = exp(L dt) adds about 1e-16 of round-off per step
            assertEquals(expected, evolver.state().re(0, 0), 1e-16 * (k + 10), "p_e at t=" + t);
            assertEquals(0, evolver.state().maxAbs() - Math.max(evolver.state().re(0, 0), evolver.state().re(1, 1)),
                    0, "rho stays diagonal");
        }
    }

    /** Spohn's inequality (Eq. 14 with a detailed-balance bath): the rate is >= 0, sigma never decreases. */
    @ParameterizedTest
    @ValueSource(strings = {"lindblad-qubit", "lindblad-oscillator", "davies-qutrit"})
    void spohnProductionNeverDecreases(String name) throws Exception {
        OpenEvolver evolver = OpenPresets.evolver(name);
        double bath = OpenPresets.preset(name).temperatureB();
        TimeGrid grid = OpenPresets.grid(name);
        double previous = evolver.frameAt(0).spohnProduction();
        assertEquals(0, previous, 0);
        for (int k = 0; k < grid.size(); k++) {
            Frame f = evolver.frameAt(grid.time(k));
            assertTrue(f.spohnProduction() >= previous - 1e-14, name + " sigma falls at t=" + f.time());
            assertTrue(f.entropyRateA() - f.heatRateA() / bath >= -1e-14, name + " Spohn rate < 0 at t=" + f.time());
            previous = f.spohnProduction();
        }
        assertTrue(previous > 0.1, name + " produces entropy: " + previous);
    }

    /** Oracle 2 on every frame: tr rho = 1, rho = rho^dag, eigenvalues >= -1e-12. */
    @ParameterizedTest
    @ValueSource(strings = {"lindblad-qubit", "lindblad-oscillator", "davies-qutrit"})
    void stateIsADensityMatrixAtEveryFrame(String name) throws Exception {
        OpenEvolver evolver = OpenPresets.evolver(name);
        TimeGrid grid = OpenPresets.grid(name);
        for (int k = 0; k < grid.size(); k++) {
            evolver.frameAt(grid.time(k));
            ComplexMatrix rho = evolver.state();
            assertEquals(1, rho.trace().re(), 1e-13, name + " trace at k=" + k);
            assertEquals(0, rho.trace().im(), 1e-15);
            assertEquals(0, rho.hermiticityError(), 0, name + " Hermitian at k=" + k);
            assertTrue(HermitianEigen.valuesOf(rho)[0] >= -1e-12, name + " positive at k=" + k);
            Invariants live = evolver.invariants();
            assertEquals(HermitianEigen.valuesOf(rho)[0], live.minEigenvalue(), 1e-15);
            assertTrue(live.traceError() < 1e-13 && live.interiorMagnitude() < 1e-15);
            assertEquals(rho.re(0, 0), evolver.stateA().population(0), 0);
        }
    }

    /** The Davies generator's fixed point is the Gibbs state of the bath, and every start goes there. */
    @Test
    void qutritRelaxesToTheGibbsStateOfTheBath() throws Exception {
        OpenEvolver evolver = OpenPresets.evolver("davies-qutrit");
        Preset preset = OpenPresets.preset("davies-qutrit");
        ComplexMatrix h = evolver.generator().hamiltonian();
        ComplexMatrix gibbs = GibbsState.of(h, preset.temperatureB());
        ComplexMatrix image = ComplexMatrix.zeros(3);
        evolver.generator().apply(gibbs, image);
        assertTrue(image.maxAbs() < 1e-14, "L(gamma_B) = " + image.maxAbs());
        Frame late = evolver.frameAt(2000);
        assertTrue(evolver.state().minus(gibbs).maxAbs() < 1e-12, "rho(2000) - gamma_B");
        assertEquals(preset.temperatureB(), evolver.frameAt(400).generalizedTemperatureA(), 1e-3);
        assertTrue(Math.abs(late.entropyRateA()) < 1e-12);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12})
    void randomFourLevelSystemRelaxesToTheGibbsStateOfTheBath(long seed) {
        Random random = new Random(seed);
        ComplexMatrix h = NaiveMatrix.randomHermitian(4, random).toComplexMatrix();
        ComplexMatrix x = NaiveMatrix.randomHermitian(4, random).toComplexMatrix();
        Subsystem a = Subsystems.matrix(h, Map.of());
        OpenSystem system = new OpenSystem(a, 0.1, 0.8, ThermalJumps.davies(h, x, 0.5, 0.8));
        OpenEvolver evolver = new OpenEvolver(system, 0.5);
        ComplexMatrix gibbs = GibbsState.of(h, 0.8);
        ComplexMatrix image = ComplexMatrix.zeros(4);
        evolver.generator().apply(gibbs, image);
        assertTrue(image.maxAbs() < 1e-14, "L(gamma_B) = " + image.maxAbs());
        evolver.frameAt(5000);
        assertTrue(evolver.state().minus(gibbs).maxAbs() < 1e-11, "rho(5000) - gamma_B");
    }

    /** Oracle 7: a qubit that stays diagonal has T_gen = omega / ln(p_g / p_e), its population temperature. */
    @Test
    void generalizedTemperatureIsThePopulationTemperature() throws Exception {
        OpenEvolver evolver = OpenPresets.evolver("lindblad-qubit");
        TimeGrid grid = OpenPresets.grid("lindblad-qubit");
        int checked = 0;
        for (int k = 0; k < grid.size(); k++) {
            Frame f = evolver.frameAt(grid.time(k));
            double populationTemperature = 1.0 / Math.log(evolver.state().re(1, 1) / evolver.state().re(0, 0));
            if (Math.abs(f.entropyRateA()) > 1e-8) {
                assertEquals(populationTemperature, f.generalizedTemperatureA(), 1e-9 * populationTemperature,
                        "t=" + f.time());
                checked++;
            }
        }
        assertTrue(checked > 200);
        assertEquals(0.2, evolver.frameAt(0).generalizedTemperatureA(), 1e-14);
    }

    @Test
    void noBColumnsInOpenMode() throws Exception {
        Frame f = OpenPresets.evolver("lindblad-qubit").frameAt(3);
        for (double none : new double[] {f.entropyB(), f.correlationEntropy(), f.mutualInformation(), f.energyB(),
                f.energyCoupling(), f.heatB(), f.entropyRateB(), f.heatRateB(), f.generalizedTemperatureB(),
                f.relativeEntropyB()}) {
            assertTrue(Double.isNaN(none));
        }
        assertEquals(f.entropyA(), f.entropyAB(), 0);
        assertEquals(f.energyA() - OpenPresets.evolver("lindblad-qubit").frameAt(0).energyA(), f.heatA(), 1e-15);
    }

    /** A pure start (T_A = 0) has an exact zero eigenvalue: rates NaN at t = 0, finite once the bath mixes it. */
    @Test
    void pureStartGivesNaNRatesOnlyAtTimeZero() {
        Subsystem qubit = Subsystems.qubit(1);
        List<JumpOperator> jumps = ThermalJumps.davies(qubit.hamiltonian(), qubit.operator("sm"), 0.05, 1);
        OpenEvolver evolver = new OpenEvolver(new OpenSystem(qubit, 0, 1, jumps), 0.5);
        Frame start = evolver.frameAt(0);
        assertEquals(0, start.entropyA(), 0);
        assertTrue(Double.isNaN(start.entropyRateA()) && Double.isNaN(start.generalizedTemperatureA())
                && Double.isNaN(start.interiorProductionA()) && Double.isNaN(start.exteriorProductionA()));
        assertTrue(Double.isFinite(start.heatRateA()) && start.heatRateA() > 0);
        Frame later = evolver.frameAt(0.5);
        assertTrue(Double.isFinite(later.entropyRateA()) && later.entropyRateA() > 0);
    }

    @Test
    void anInfiniteBathTemperatureIsRefusedWithItsPath() throws Exception {
        Preset base = OpenPresets.preset("lindblad-qubit");
        Preset hot = new Preset(base.name(), base.description(), base.mode(), base.subsystemA(), null,
                base.temperatureA(), Double.POSITIVE_INFINITY, null, base.open(), null, base.time());
        PresetException e = assertThrows(PresetException.class, () -> Evolvers.create(hot, "hot.json"));
        assertTrue(e.getMessage().contains("$.temperatures.B"), e.getMessage());
    }
}
