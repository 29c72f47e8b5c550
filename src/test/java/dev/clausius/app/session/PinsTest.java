package dev.clausius.app.session;

import dev.clausius.app.TestPresets;
import dev.clausius.figures.FigureData;
import dev.clausius.preset.ComplexValue;
import dev.clausius.preset.CouplingSpec;
import dev.clausius.preset.Mode;
import dev.clausius.preset.OpenSpec;
import dev.clausius.preset.Preset;
import dev.clausius.preset.SubsystemSpec;
import dev.clausius.preset.TimeSpec;
import dev.clausius.thermo.Frame;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The legend text of a pin (what differs from the live preset) and the pin store's rules. */
class PinsTest {
    private static final Preset LIVE = TestPresets.resonantQubits(0.25, 10.0);

    private static Preset with(Preset preset, String path, double value) {
        return PresetParameters.of(preset).stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow()
                .with().apply(value);
    }

    private static FigureData data(Preset preset) {
        List<Frame> frames = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            frames.add(new Frame(0.25 * k, 0.1 * k, 0.2, 0.3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        }
        return new FigureData(preset, frames, List.of(), null, null, 10.0);
    }

    @Test
    void theLabelNamesOnlyTheParametersThatDifferInTheSheetsNames() {
        Preset pinned = with(with(LIVE, "$.coupling[0].g", 0.1), "$.temperatures.B", 3);
        assertEquals(List.of("T_B = 3", "g = 0.1"), PinLabel.differences(pinned, LIVE));
        assertEquals("pin 2: T_B = 3, g = 0.1", PinLabel.of(2, pinned, LIVE));
        assertEquals("pin 1 (same)", PinLabel.of(1, LIVE, LIVE));
        // two groups share "omega": the group tells them apart
        assertEquals("pin 1: omega_B = 1.5", PinLabel.of(1, with(LIVE, "$.B.omega", 1.5), LIVE));
    }

    @Test
    void anotherPresetIsNamedBeforeItsDifferences() {
        Preset other = new Preset("Detuned", "d", Mode.CLOSED, new SubsystemSpec.Qubit(1.2), new SubsystemSpec.Qubit(1.0),
                0.5, 2.0, new CouplingSpec.Terms(List.of(new CouplingSpec.Term(ComplexValue.real(0.05), "sp", "sm",
                true, 0, 0))), null, null, new TimeSpec(0.25, 10.0));
        assertEquals("pin 1: Detuned, omega_A = 1.2", PinLabel.of(1, other, LIVE));
    }

    @Test
    void aFifthPinDropsTheOldestAndSaysSo() {
        Pins pins = new Pins(Runnable::run, Runnable::run);
        List<String> notices = new ArrayList<>();
        pins.setOnNotice(notices::add);
        for (int i = 0; i < 5; i++) {
            pins.pin(data(with(LIVE, "$.coupling[0].g", 0.01 * (i + 1))));
        }
        assertEquals(List.of(2, 3, 4, 5), pins.pins().stream().map(Pin::number).toList());
        assertEquals(4, pins.sizeProperty().get());
        assertEquals("pinned the run to t = 0.5 as pin 5; pin 1 dropped (at most 4 pins)", notices.get(4));
        assertEquals(List.of("pin2", "pin3", "pin4", "pin5"), pins.labelled(LIVE).stream().map(p -> p.name()).toList());
        assertEquals("pin 2: g = 0.02", pins.labelled(LIVE).get(0).label());

        pins.clear();
        assertTrue(pins.pins().isEmpty());
        pins.pin(data(LIVE));
        assertEquals("pin1", pins.labelled(LIVE).get(0).name(), "numbers start again after a clear");
    }

    @Test
    void pinsSurviveAPresetOfTheirModeAndAreClearedByAnother() {
        Pins pins = new Pins(Runnable::run, Runnable::run);
        List<String> notices = new ArrayList<>();
        pins.setOnNotice(notices::add);
        pins.pin(data(LIVE));
        pins.presetShown(with(LIVE, "$.temperatures.B", 3));
        assertEquals(1, pins.pins().size());

        Preset open = new Preset("Open qubit", "d", Mode.OPEN, new SubsystemSpec.Qubit(1.0), null, 0.5, 2.0, null,
                new OpenSpec(0.1, "sm", List.of()), null, new TimeSpec(0.25, 10.0));
        pins.presetShown(open);
        assertTrue(pins.pins().isEmpty());
        assertEquals("pins cleared: they are closed-mode runs, Open qubit runs in open mode", notices.get(notices.size() - 1));
    }

    @Test
    void aPinStillBeingComputedIsDroppedByAClearOrAnotherMode() {
        List<Runnable> computing = new ArrayList<>();
        Pins pins = new Pins(computing::add, Runnable::run);
        pins.presetShown(LIVE);
        pins.pin(data(LIVE));
        pins.clear();
        computing.remove(0).run();
        assertTrue(pins.pins().isEmpty(), "cleared before it was ready");

        pins.pin(data(LIVE));
        pins.presetShown(new Preset("Open qubit", "d", Mode.OPEN, new SubsystemSpec.Qubit(1.0), null, 0.5, 2.0, null,
                new OpenSpec(0.1, "sm", List.of()), null, new TimeSpec(0.25, 10.0)));
        computing.remove(0).run();
        assertTrue(pins.pins().isEmpty(), "a closed-mode pin arriving on an open-mode preset");

        pins.presetShown(LIVE);
        pins.pin(data(LIVE));
        assertTrue(pins.pins().isEmpty(), "not before its series are computed");
        computing.remove(0).run();
        assertEquals(1, pins.pins().size());
    }
}
