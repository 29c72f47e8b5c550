package dev.clausius.app.session;

import dev.clausius.app.session.Parameter.Kind;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.optional.PresetOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The spans checked against the reader: kept while they hold, worked out again when they do not. */
class SliderSpansTest {
    private static Parameter levels(double value) {
        return new Parameter("A", "levels", "$.A.levels", "d", value, 2, 64, Kind.COUNT, v -> null);
    }

    @Test
    void aSpanIsKeptWhileTheReaderTakesItsEndsAndItHoldsTheValue() {
        SliderScale shown = new SliderScale(2, 32, false, 1);
        Map<String, SliderScale> kept = SliderSpans.settle(List.of(levels(8)), Map.of("$.A.levels", shown),
                PresetOptions.NONE, (p, v) -> true);
        assertSame(shown, kept.get("$.A.levels"));
        // another number moved a limit: levels above 10 refused now (B grew)
        Map<String, SliderScale> shrunk = SliderSpans.settle(List.of(levels(8)), Map.of("$.A.levels", shown),
                PresetOptions.NONE, (p, v) -> v <= 10);
        assertEquals(new SliderScale(2, 10, false, 1), shrunk.get("$.A.levels"));
        // a value typed outside the span: a new span around it
        Map<String, SliderScale> moved = SliderSpans.settle(List.of(levels(40)), Map.of("$.A.levels", shown),
                PresetOptions.NONE, (p, v) -> true);
        assertEquals(new SliderScale(2, 64, false, 1), moved.get("$.A.levels"));
        // a row not shown before gets its span
        assertEquals(new SliderScale(2, 32, false, 1),
                SliderSpans.settle(List.of(levels(8)), Map.of(), PresetOptions.NONE, (p, v) -> true).get("$.A.levels"));
    }

    @Test
    void theThreadAsksTheReader() throws Exception {
        Preset preset = PresetReader.read(Path.of("presets", "two-oscillators.json"));
        List<Parameter> parameters = PresetParameters.of(preset);
        try (SliderSpans spans = new SliderSpans()) {
            Map<String, SliderScale> settled = spans.settle(parameters, Map.of(), preset.options()).get(60, TimeUnit.SECONDS);
            assertEquals(parameters.size(), settled.size());
            for (Parameter p : parameters) {
                assertEquals(ParameterRange.of(p, preset.options()), settled.get(p.path()), p.path());
            }
            SliderScale g = settled.get("$.coupling[0].g");
            Map<String, SliderScale> again = spans.settle(parameters, settled, preset.options()).get(60, TimeUnit.SECONDS);
            assertSame(g, again.get("$.coupling[0].g"), "an accepted span is kept as it is");
            assertNotSame(settled, again);
        }
    }
}
