package dev.clausius.app.session;

import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.optional.SliderRange;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A slider cannot produce a value the preset reader refuses, in any shipped preset. */
class SliderReaderTest {
    /** Track positions sampled per slider, besides both ends and every key step. */
    private static final int POSITIONS = 200;

    @Test
    void everySliderPositionAndKeyStepOfEveryShippedPresetIsAccepted() throws Exception {
        List<PresetLibrary.Entry> entries = PresetLibrary.scan(Path.of("presets"));
        // run from another directory the scan finds nothing, and the loop below would test nothing
        assertTrue(entries.size() >= 12, "the shipped presets are found: " + entries.size());
        int sliders = 0;
        int values = 0;
        for (PresetLibrary.Entry entry : entries) {
            Preset preset = PresetReader.read(entry.file());
            List<Parameter> parameters = PresetParameters.of(preset);
            assertFalse(parameters.isEmpty(), entry.name());
            for (Parameter p : parameters) {
                SliderScale scale = ParameterRange.of(p, preset.options());
                String where = entry.file().getFileName() + " " + p.path() + " " + scale;
                assertTrue(scale.contains(p.value()), where + " holds the value " + p.value());
                assertTrue(scale.min() < scale.max(), where + " can move");
                TreeSet<Double> reached = new TreeSet<>();
                for (int k = 0; k <= POSITIONS; k++) {
                    reached.add(scale.value(k / (double) POSITIONS));
                }
                reached.add(scale.value(0));
                reached.add(scale.value(1));
                for (int steps : new int[] {1, -1, SliderScale.PAGE, -SliderScale.PAGE}) {
                    double v = p.value();
                    for (int k = 0; k < 1000 && (steps > 0 ? v < scale.max() : v > scale.min()); k++) {
                        double next = scale.step(v, steps);
                        assertTrue(steps > 0 ? next > v : next < v, where + ": a key step from " + v + " moves");
                        v = next;
                        reached.add(v);
                    }
                    assertEquals(steps > 0 ? scale.max() : scale.min(), v, where + ": key steps reach the end");
                }
                assertEquals(scale.min(), reached.first(), where);
                assertEquals(scale.max(), reached.last(), where);
                for (double v : reached) {
                    // what the sheet commits: the value written as Parameter.format writes it
                    assertNull(ParameterCommit.commit(p, Parameter.format(v), "t").problem(), where + " at " + v);
                    if (p.integer()) {
                        assertEquals(Math.rint(v), v, where);
                    }
                }
                sliders++;
                values += reached.size();
            }
        }
        assertTrue(sliders >= 80, "sliders checked: " + sliders);
        assertTrue(values >= 80 * 50, "values checked: " + values);
    }

    @Test
    void aPresetsOwnRangesAreTheSpanOfItsSliders() throws Exception {
        Preset preset = PresetReader.read(Path.of("presets", "resonant-qubits.json"));
        assertFalse(preset.options().ranges().isEmpty(), "resonant-qubits.json gives ranges");
        int used = 0;
        for (Parameter p : PresetParameters.of(preset)) {
            var given = ParameterRange.given(p, preset.options());
            if (given.isPresent()) {
                SliderScale scale = ParameterRange.of(p, preset.options());
                assertEquals(given.get().min(), scale.min(), p.path());
                assertEquals(given.get().max(), scale.max(), p.path());
                used++;
            }
        }
        assertEquals(preset.options().ranges().size(), used, "every range names a parameter of the sheet");
    }

    @Test
    void aValueTypedOutsideThePresetsRangeWidensIt() throws Exception {
        Preset preset = PresetReader.read(Path.of("presets", "resonant-qubits.json"));
        List<Parameter> parameters = PresetParameters.of(preset);
        Parameter g = parameters.stream().filter(p -> p.path().equals("$.coupling[0].g")).findFirst().orElseThrow();
        ParameterCommit.Result wider = ParameterCommit.commit(g, "0.5", "t");
        assertNull(wider.problem(), "the reader takes the edited preset with its widened range");
        assertEquals(new SliderRange(0.01, 0.5), wider.preset().options().range("$.coupling[0].g").orElseThrow());
        Parameter edited = PresetParameters.of(wider.preset()).stream().filter(p -> p.path().equals(g.path()))
                .findFirst().orElseThrow();
        assertEquals(new SliderScale(0.01, 0.5, false, 0.005), ParameterRange.of(edited, wider.preset().options()));
        // the key without "$." is widened under its own name
        Parameter tA = parameters.stream().filter(p -> p.path().equals("$.temperatures.A")).findFirst().orElseThrow();
        ParameterCommit.Result colder = ParameterCommit.commit(tA, "0.01", "t");
        assertNull(colder.problem());
        assertEquals(new SliderRange(0.01, 5), colder.preset().options().range("temperatures.A").orElseThrow());
        assertEquals(preset.options().range("$.coupling[0].g"), colder.preset().options().range("$.coupling[0].g"));
        // inside the range nothing changes
        assertEquals(preset.options(), ParameterCommit.commit(g, "0.1", "t").preset().options());
    }
}
