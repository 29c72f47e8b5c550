package dev.clausius.dynamics.classical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.Evolvers;
import dev.clausius.preset.ClassicalSpec;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.preset.TimeSpec;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.InvariantLimit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Classical mode against closed forms of Newton/Fourier conduction, and its identities on random presets. */
class ClassicalOraclesTest {

    static Preset preset(int cellsA, int cellsB, double capacityA, double capacityB, double conductanceA,
                         double conductanceB, double contact, double temperatureA, double temperatureB) {
        return new Preset("classical", "", Mode.CLASSICAL, null, null, temperatureA, temperatureB, null, null, null,
                new TimeSpec(0.5, 20), new ClassicalSpec(new ClassicalSpec.Body(cellsA, capacityA, conductanceA),
                new ClassicalSpec.Body(cellsB, capacityB, conductanceB), contact));
    }

    @Test
    void twoSingleCellsRelaxExponentiallyAtTheContactRate() throws Exception {
        double ca = 0.7;
        double cb = 2.3;
        double kc = 0.4;
        double ta = 0.5;
        double tb = 2.0;
        Evolver evolver = Evolvers.create(preset(1, 1, ca, cb, 3, 3, kc, ta, tb), "two cells");
        double rate = kc * (1 / ca + 1 / cb); // C_A dT_A/dt = k_c (T_B - T_A), likewise B
        double mean = (ca * ta + cb * tb) / (ca + cb);
        for (double t : new double[] {0, 0.3, 1, 2.5, 4, 7}) {
            Frame f = evolver.frameAt(t);
            double difference = (ta - tb) * Math.exp(-rate * t);
            double[][] cells = evolver.cellTemperatures();
            double gotDifference = cells[0][0] - cells[1][0];
            assertEquals(difference, gotDifference, 1e-12 * Math.abs(difference), "T_A - T_B at t=" + t);
            double tA = mean + cb / (ca + cb) * difference;
            double tB = mean - ca / (ca + cb) * difference;
            assertEquals(tA, f.classical().borderTemperatureA(), 1e-12 * tA);
            assertEquals(tB, f.classical().borderTemperatureB(), 1e-12 * tB);
            // S_X = C_X ln(T_X / T_X(0)), dQ_A/dt = k_c (T_B - T_A)
            assertEquals(ca * Math.log(tA / ta), f.entropyA(), 1e-12);
            assertEquals(cb * Math.log(tB / tb), f.entropyB(), 1e-12);
            double current = kc * (tB - tA);
            assertEquals(current, f.heatRateA(), 1e-12 * Math.abs(current));
            assertEquals(-current, f.heatRateB(), 1e-12 * Math.abs(current));
            // one cell is all border: nothing is produced inside either body, all of it at the contact (Eq. 15)
            assertEquals(0, f.interiorProductionA(), 1e-14);
            assertEquals(0, f.classical().interiorProductionB(), 1e-14);
            assertEquals(current * (1 / tA - 1 / tB), f.classical().interiorProductionAB(), 1e-12);
        }
    }

    @Test
    void equalBarsConserveEnergyAndProduceEntropyAtTheContactAndInside() throws Exception {
        Evolver evolver = Evolvers.create(preset(8, 8, 1, 1, 1, 1, 0.2, 0.5, 2), "bars");
        assertNull(evolver.cellTemperatures(), "no state before the first frame");
        double energy = 8 * 0.5 + 8 * 2.0;
        for (int k = 0; k <= 400; k++) {
            Frame f = evolver.frameAt(0.5 * k);
            assertEquals(energy, f.energyA() + f.energyB(), 1e-12 * energy, "E_A + E_B at t=" + f.time());
            assertEquals(0, f.correlationEntropy());
            assertEquals(0, f.mutualInformation());
            assertEquals(0, f.energyCoupling());
            assertTrue(Double.isNaN(f.relativeEntropyB()));
            assertEquals("", InvariantLimit.warnings(evolver.invariants()), "t=" + f.time());
            double[][] cells = evolver.cellTemperatures();
            assertNotNull(cells);
            assertEquals(8, cells[0].length);
            assertEquals(8, cells[1].length);
            assertEquals(cells[0][7], f.classical().borderTemperatureA());
            assertEquals(cells[1][0], f.classical().borderTemperatureB());
        }
        // long after: every cell at the mean temperature, 1.25
        evolver.frameAt(2000);
        double[][] cells = evolver.cellTemperatures();
        double[] mean = new double[8];
        java.util.Arrays.fill(mean, 1.25);
        assertArrayEquals(mean, cells[0], 1e-12);
        assertArrayEquals(mean, cells[1], 1e-12);
    }

    @Property(tries = 200, seed = "20261202")
    void productionIsNonNegativeAndEnergyConservedOnRandomBodies(
            @ForAll @IntRange(min = 1, max = 12) int cellsA, @ForAll @IntRange(min = 1, max = 12) int cellsB,
            @ForAll @DoubleRange(min = 0.1, max = 10) double capacityA,
            @ForAll @DoubleRange(min = 0.1, max = 10) double capacityB,
            @ForAll @DoubleRange(min = 0, max = 5) double conductanceA,
            @ForAll @DoubleRange(min = 0, max = 5) double conductanceB,
            @ForAll @DoubleRange(min = 0.01, max = 2) double contact,
            @ForAll @DoubleRange(min = 0.1, max = 5) double temperatureA,
            @ForAll @DoubleRange(min = 0.1, max = 5) double temperatureB) throws Exception {
        Evolver evolver = Evolvers.create(preset(cellsA, cellsB, capacityA, capacityB, conductanceA, conductanceB,
                contact, temperatureA, temperatureB), "random");
        double energy = cellsA * capacityA * temperatureA + cellsB * capacityB * temperatureB;
        for (int k = 0; k <= 60; k++) {
            Frame f = evolver.frameAt(0.25 * k * k);
            String at = " at t=" + f.time();
            assertTrue(f.interiorProductionA() >= -1e-12, "interior_A " + f.interiorProductionA() + at);
            assertTrue(f.classical().interiorProductionB() >= -1e-12, "interior_B" + at);
            assertTrue(f.classical().interiorProductionAB() >= -1e-12, "interior_AB" + at);
            assertEquals(energy, f.energyA() + f.energyB(), 1e-12 * energy, "E_A + E_B" + at);
            assertEquals(f.energyA() + f.energyB() - energy, f.heatA() + f.heatB(), 1e-12 * energy, "Q_A + Q_B" + at);
            assertEquals(0, f.heatRateA() + f.heatRateB(), 1e-12 * (1 + Math.abs(f.heatRateA())), "dQ_A + dQ_B" + at);
        }
    }
}
