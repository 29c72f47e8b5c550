package dev.clausius.preset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.clausius.preset.TestPresets.PRESETS;
import static dev.clausius.preset.TestPresets.REFERENCES;
import static dev.clausius.preset.TestPresets.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped presets and the reference presets load, and say what they should. */
class PresetFilesTest {

    static Stream<Path> presetFiles() {
        return TestPresets.allPresetFiles();
    }

    @ParameterizedTest
    @MethodSource("presetFiles")
    void everyPresetIsValid(Path file) throws PresetException {
        assertValid(PresetReader.problems(file));
        Preset preset = PresetReader.read(file);
        assertTrue(preset.name().length() > 3, "a name");
    }

    @Test
    void theShippedPresetsAreThereWithTeachingDescriptions() throws PresetException {
        List<String> names = TestPresets.jsonFiles(PRESETS).map(p -> p.getFileName().toString()).toList();
        // issue 2's closed-mode presets and issue 3's engines and open modes
        assertTrue(names.containsAll(List.of("detuned-qubits.json", "jaynes-cummings.json", "qubit-spin-bath.json",
                "qutrit-qubit.json", "resonant-qubits.json", "two-oscillators.json",
                "otto-qubit.json", "carnot-qubit-slow.json", "carnot-qubit-fast.json",
                "lindblad-qubit.json", "lindblad-oscillator.json", "davies-qutrit.json")), names.toString());
        for (String name : names) {
            String description = PresetReader.read(PRESETS.resolve(name)).description();
            long sentences = description.chars().filter(c -> c == '.').count();
            assertTrue(description.length() > 150 && sentences >= 2, name + ": " + description);
        }
    }

    @Test
    void resonantQubitsIsTheReferencePhysics() throws PresetException {
        Preset shipped = PresetReader.read(PRESETS.resolve("resonant-qubits.json"));
        Preset reference = PresetReader.read(REFERENCES.resolve("resonant-qubits.json"));
        assertEquals(withoutText(reference), withoutText(shipped));
        assertEquals(new SubsystemSpec.Qubit(1.0), shipped.subsystemA());
        assertEquals(0.5, shipped.temperatureA());
        assertEquals(2.0, shipped.temperatureB());
        assertEquals(new TimeSpec(0.25, 100.0), shipped.time());
        CouplingSpec.Term term = ((CouplingSpec.Terms) shipped.coupling()).terms().get(0);
        assertEquals(new CouplingSpec.Term(ComplexValue.real(0.05), "sp", "sm", true, 0, 0), term);
    }

    @Test
    void openPresetsAreOpenModeWithABath() throws PresetException {
        Preset qubit = PresetReader.read(PRESETS.resolve("lindblad-qubit.json"));
        assertEquals(Mode.OPEN, qubit.mode());
        assertEquals(new OpenSpec(0.05, "sm", List.of()), qubit.open());
        assertEquals(new TimeSpec(0.5, 150.0), qubit.time());
        Preset oscillator = PresetReader.read(PRESETS.resolve("lindblad-oscillator.json"));
        assertEquals(new SubsystemSpec.Oscillator(1.0, 10), oscillator.subsystemA());
        assertEquals("a", oscillator.open().operator());
        Preset qutrit = PresetReader.read(PRESETS.resolve("davies-qutrit.json"));
        assertEquals(3, qutrit.subsystemA().dimension());
        assertEquals(1.0, qutrit.temperatureB());
    }

    @Test
    void detunedQubits() throws PresetException {
        Preset p = PresetReader.read(PRESETS.resolve("detuned-qubits.json"));
        assertEquals(new SubsystemSpec.Qubit(1.0), p.subsystemA());
        assertEquals(new SubsystemSpec.Qubit(1.3), p.subsystemB());
        assertEquals(Mode.CLOSED, p.mode());
    }

    @Test
    void jaynesCummingsMatchesTheReference() throws PresetException {
        Preset shipped = PresetReader.read(PRESETS.resolve("jaynes-cummings.json"));
        Preset reference = PresetReader.read(REFERENCES.resolve("jaynes-cummings-cold.json"));
        assertEquals(withoutText(reference), withoutText(shipped));
        assertEquals(new SubsystemSpec.Oscillator(1.0, 12), shipped.subsystemB());
        assertEquals(0.0, shipped.temperatureA());
        assertEquals(new TimeSpec(0.2, 60.0), shipped.time());
    }

    @Test
    void qubitSpinBathHasASeededSpread() throws PresetException {
        Preset p = PresetReader.read(PRESETS.resolve("qubit-spin-bath.json"));
        SubsystemSpec.Spins bath = assertInstanceOf(SubsystemSpec.Spins.class, p.subsystemB());
        assertEquals(8, bath.n());
        assertEquals(List.of(0.8, 0.85, 0.9, 0.95, 1.05, 1.1, 1.15, 1.2), bath.omegas());
        assertEquals(512, p.subsystemA().dimension() * bath.dimension());
        CouplingSpec.Term term = ((CouplingSpec.Terms) p.coupling()).terms().get(0);
        assertEquals("sx[*]", term.operatorB());
        assertEquals(0.04, term.g().re());
        assertTrue(term.spread() > 0);
        assertEquals(7, term.seed());
        assertEquals(new TimeSpec(0.5, 200.0), p.time());
    }

    @Test
    void twoOscillators() throws PresetException {
        Preset p = PresetReader.read(PRESETS.resolve("two-oscillators.json"));
        assertEquals(new SubsystemSpec.Oscillator(1.0, 8), p.subsystemA());
        assertEquals(new SubsystemSpec.Oscillator(1.0, 8), p.subsystemB());
        CouplingSpec.Term term = ((CouplingSpec.Terms) p.coupling()).terms().get(0);
        assertEquals(new CouplingSpec.Term(ComplexValue.real(0.05), "a", "ad", true, 0, 0), term);
        assertEquals(0.3, p.temperatureA());
        assertEquals(new TimeSpec(0.25, 80.0), p.time());
    }

    @Test
    void qutritQubitHasAComplexCoupling() throws PresetException {
        Preset p = PresetReader.read(PRESETS.resolve("qutrit-qubit.json"));
        assertEquals(new SubsystemSpec.Spin(1.0, 1.0), p.subsystemA());
        assertEquals(3, p.subsystemA().dimension());
        CouplingSpec.Term term = ((CouplingSpec.Terms) p.coupling()).terms().get(0);
        assertEquals(new ComplexValue(0.03, 0.04), term.g());
        assertEquals("jp", term.operatorA());
        assertEquals(new TimeSpec(0.25, 150.0), p.time());
    }

    @Test
    void openQubitReference() throws PresetException {
        Preset p = PresetReader.read(REFERENCES.resolve("open-qubit.json"));
        assertEquals(Mode.OPEN, p.mode());
        assertEquals(new OpenSpec(0.05, "sm", List.of()), p.open());
        assertEquals(1.0, p.temperatureB());
        assertNull(p.subsystemB());
        assertNull(p.coupling());
    }

    @Test
    void ottoEngineReference() throws PresetException {
        Preset p = PresetReader.read(REFERENCES.resolve("otto-engine.json"));
        assertEquals(Mode.ENGINE, p.mode());
        EngineSpec e = p.engine();
        assertEquals(new SubsystemSpec.Qubit(Double.NaN), e.medium());
        assertEquals(new EngineSpec.Bath(2.0, 0.1), e.hot());
        assertEquals(new EngineSpec.Bath(0.5, 0.1), e.cold());
        assertEquals(4, e.strokes().size());
        assertEquals(new EngineSpec.Stroke(null, 2.0, 1.0, 0), e.strokes().get(1));
        assertEquals(10, e.cycles());
        assertTrue(Double.isNaN(p.temperatureA()));
        assertNull(p.subsystemA());
    }

    @Test
    void carnotEngineReference() throws PresetException {
        Preset p = PresetReader.read(REFERENCES.resolve("carnot-engine-tau50.json"));
        assertEquals(new EngineSpec.Stroke("hot", 2.0, 1.2, 50.0), p.engine().strokes().get(0));
        assertEquals(new EngineSpec.Bath(0.5, 0.2), p.engine().cold());
        assertEquals(8, p.engine().cycles());
        assertEquals(new TimeSpec(0.125, 800.0), p.time());
    }

    @Test
    void benchmarkSpinBath() throws PresetException {
        Preset p = PresetReader.read(REFERENCES.resolve("w1-spin-bath-8.json"));
        SubsystemSpec.Spins bath = (SubsystemSpec.Spins) p.subsystemB();
        assertEquals(0.0, bath.flipFlop());
        assertEquals(256, bath.dimension());
        CouplingSpec.Term term = ((CouplingSpec.Terms) p.coupling()).terms().get(0);
        assertEquals(new CouplingSpec.Term(ComplexValue.real(0.04), "sx", "sx[*]", false, 0, 0), term);
        assertEquals(199.5, p.time().end());
    }

    private static Preset withoutText(Preset p) {
        return new Preset("", "", p.mode(), p.subsystemA(), p.subsystemB(), p.temperatureA(), p.temperatureB(),
                p.coupling(), p.open(), p.engine(), p.time());
    }
}
