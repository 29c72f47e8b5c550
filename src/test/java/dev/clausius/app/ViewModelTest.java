package dev.clausius.app;

import dev.clausius.app.model.AuditLog;
import dev.clausius.app.model.InvariantCheck;
import dev.clausius.app.session.Parameter;
import dev.clausius.app.session.ParameterCommit;
import dev.clausius.app.session.PresetLibrary;
import dev.clausius.app.session.PresetParameters;

import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.Invariants;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explorer's view-models without a window: parameters, their commit, invariants, audit. */
class ViewModelTest {

    private static Parameter find(List<Parameter> parameters, String path) {
        return parameters.stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void aValidEditGivesAValidatedPresetWithTheNewValue() {
        Preset preset = TestPresets.resonantQubits(0.25, 100);
        ParameterCommit.Result result = ParameterCommit.commit(find(PresetParameters.of(preset), "$.temperatures.B"),
                " 3.5 ", "test");
        assertNull(result.problem());
        assertEquals(3.5, result.preset().temperatureB());
        assertEquals(0.5, result.preset().temperatureA());
    }

    /** The field shows numbers in the window's language (0,25 in German, ۰٫۲۵ in Persian) and reads them back. */
    @Test
    void aValueTypedInGermanOrPersianDigitsIsTheSameNumber() {
        Parameter temperatureB = find(PresetParameters.of(TestPresets.resonantQubits(0.25, 100)), "$.temperatures.B");
        assertEquals(3.25, ParameterCommit.commit(temperatureB, "3,25", "t").preset().temperatureB());
        assertEquals(3.25, ParameterCommit.commit(temperatureB, "۳٫۲۵", "t").preset().temperatureB());
        assertEquals(3.25, ParameterCommit.commit(temperatureB, "\u200e٣٫٢٥", "t").preset().temperatureB());
        assertEquals("$.temperatures.B: must be between 0 and 1000, got -1",
                ParameterCommit.commit(temperatureB, "\u2212۱", "t").problem());
    }

    @Test
    void outOfBoundsAndNonNumbersAreRejectedWithTheirPath() {
        List<Parameter> parameters = PresetParameters.of(TestPresets.resonantQubits(0.25, 100));
        assertEquals("$.A.omega: must be between 0.001 and 100, got -1",
                ParameterCommit.commit(find(parameters, "$.A.omega"), "-1", "t").problem());
        assertEquals("$.time.dt: not a number: \"abc\"", ParameterCommit.commit(find(parameters, "$.time.dt"), "abc", "t").problem());
    }

    @Test
    void theReadersOwnMessageIsShownForWhatOnlyItChecks() {
        Preset preset = TestPresets.resonantQubits(0.25, 100_000);
        // dt = 0.001 is within the sheet's bounds (1e-4 .. 100), but 100000 / 0.001 = 1e8 rows is
        // more than the reader allows (1e7): only the reader knows, and its message is shown
        String problem = ParameterCommit.commit(find(PresetParameters.of(preset), "$.time.dt"), "0.001", "t").problem();
        assertNotNull(problem, "the reader refuses 1e8 time steps");
        assertTrue(problem.contains("$.time.end"), problem);
        assertTrue(problem.contains("the limit is 10000000"), problem);
    }

    @Test
    void everyPresetFileHasItsParametersAndEachRoundTrips() throws Exception {
        List<PresetLibrary.Entry> entries = PresetLibrary.scan(Path.of("presets"));
        // run from another directory the scan finds nothing, and the loop below would test nothing
        assertTrue(entries.size() >= 12, "the shipped presets are found: " + entries.size());
        for (PresetLibrary.Entry entry : entries) {
            Preset preset = PresetReader.read(entry.file());
            List<Parameter> parameters = PresetParameters.of(preset);
            assertFalse(parameters.isEmpty(), entry.name());
            for (Parameter parameter : parameters) {
                ParameterCommit.Result same = ParameterCommit.commit(parameter, Double.toString(parameter.value()), "t");
                assertNull(same.problem(), entry.name() + " " + parameter.path());
            }
        }
    }

    @Test
    void invariantsTurnAmberAboveTheirThresholdsOnly() {
        Invariants fine = new Invariants(1e-16, 1e-17, 0.1, 1e-15, 1e-16, 1e-15, 1e-17);
        Invariants bad = new Invariants(1e-6, 1e-6, -1e-6, 1e-3, 0, 1e-3, 1e-3);
        for (InvariantCheck check : InvariantCheck.ALL) {
            assertFalse(check.amber(fine), check.id());
            assertTrue(check.amber(bad), check.id());
            assertFalse(check.amber(Invariants.UNKNOWN), check.id());
        }
        assertEquals("min eig -1.0e-06", InvariantCheck.ALL.get(1).text(bad));
    }

    @Test
    void negativeSigmaInClosedModeIsExplainedOnceNotFlagged() {
        AuditLog audit = new AuditLog(TestPresets.resonantQubits(0.25, 100));
        Frame positive = frame(1.0, 0.1);
        Frame negative = frame(2.0, -0.01);
        assertFalse(audit.inspect(List.of(positive)));
        assertTrue(audit.inspect(List.of(negative, negative)));
        assertEquals(1, audit.notes().size());
        assertFalse(audit.notes().get(0).warning());
        assertTrue(audit.notes().get(0).text().contains("not an error"));
    }

    @Test
    void anEngineStrokeEndingFarFromItsBathIsFlagged() throws Exception {
        Preset otto = PresetReader.read(Path.of("presets", "otto-qubit.json"));
        AuditLog audit = new AuditLog(otto);
        // the hot stroke (index 0) ends with the qubit at omega 2 and E = 0: infinite temperature... use p_e = 0.05
        double energy = (2.0 / 2) * (2 * 0.05 - 1);
        Frame endOfHot = engineFrame(19.5, energy, 0, 2.0);
        Frame quench = engineFrame(20.0, energy, 1, 2.0);
        assertTrue(audit.inspect(List.of(endOfHot, quench)));
        assertTrue(audit.notes().get(0).warning());
        assertTrue(audit.notes().get(0).text().contains("hot stroke"), audit.notes().get(0).text());
    }

    private static Frame frame(double t, double sigma) {
        return new Frame(t, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, sigma, 0, 0, 0, 0, 0);
    }

    private static Frame engineFrame(double t, double energy, int stroke, double omega) {
        return new Frame(t, 0, 0, 0, 0, 0, energy, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                new dev.clausius.thermo.EngineLedger(0, stroke, omega, 0, 0, 0));
    }
}
