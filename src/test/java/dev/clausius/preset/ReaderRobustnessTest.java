package dev.clausius.preset;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static dev.clausius.preset.TestPresets.CLOSED;
import static dev.clausius.preset.TestPresets.assertOnlyProblem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mangled presets: the reader always answers with problems, never with an exception. */
class ReaderRobustnessTest {
    @Test
    void randomEditsOfEveryPresetNeverThrow() throws IOException {
        Random random = new Random(20240611);
        List<Path> files = TestPresets.allPresetFiles().toList();
        for (Path file : files) {
            String text = Files.readString(file);
            for (int trial = 0; trial < 300; trial++) {
                String mangled = PresetMutations.splice(text, random);
                List<Problem> problems = PresetReader.problems(mangled, file.toString());
                for (Problem p : problems) {
                    assertFalse(p.reason().startsWith("internal error"), () -> p + "\nin:\n" + mangled);
                    assertTrue(p.path().startsWith("$"), p::toString);
                    assertFalse(p.reason().contains("\n"), p::toString);
                }
            }
        }
    }

    @Test
    void deepNestingIsRefusedPolitely() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertOnlyProblem(PresetReader.problems(deep, "deep.json"), "$", "not valid JSON");
        String deepValue = CLOSED.replace("\"omega\": 1.0}, \"B\"", "\"omega\": " + "[".repeat(500)
                + "]".repeat(500) + "}, \"B\"");
        assertOnlyProblem(PresetReader.problems(deepValue, "deep.json"), "$.A.omega", "must be a number, got a list");
    }

    @Test
    void hugeIntegersAreTooLargeNotCrashes() {
        assertOnlyProblem(PresetReader.problems(CLOSED.replace("\"hc\": true", "\"hc\": true, \"seed\": "
                + "123456789012345678901234567890"), "x.json"), "$.coupling[0].seed", "is too large");
        String levels = CLOSED.replace("{\"kind\": \"qubit\", \"omega\": 1.0}}", "{\"kind\": \"qubit\", \"omega\": 1.0}}")
                .replace("\"B\": {\"kind\": \"qubit\", \"omega\": 1.0}",
                        "\"B\": {\"kind\": \"oscillator\", \"omega\": 1.0, \"levels\": 1e30}");
        assertOnlyProblem(PresetReader.problems(levels, "x.json"), "$.B.levels", "is too large");
    }
}
