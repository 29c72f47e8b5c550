package dev.clausius.tour;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clausius.i18n.Language;
import dev.clausius.preset.CouplingSpec;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped tours validate and say what a lesson needs; every kind of broken tour is named precisely. */
class TourReaderTest {

    private static final Path PRESETS = Path.of("presets");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void theShippedToursAreValidAndTeach() throws PresetException {
        List<Path> files = TourReader.files(PRESETS);
        assertTrue(files.size() >= 4, "tours: " + files);
        for (Path file : files) {
            assertEquals(List.of(), TourReader.problems(file), file.toString());
            Tour tour = TourReader.read(file);
            assertTrue(tour.steps().size() >= 3, tour.name().english());
            for (TourStep step : tour.steps()) {
                assertTrue(step.text().english().matches("(?s).*Eqs?\\. \\d+.*"), step.title() + ": cites no equation");
                long sentences = step.text().english().chars().filter(c -> c == '.').count();
                assertTrue(sentences >= 2, step.title() + ": two or three sentences");
                assertTrue(Files.isRegularFile(step.preset()), step.preset().toString());
            }
            assertTrue(tour.steps().stream().filter(s -> s.check() != null).count() >= tour.steps().size() - 1,
                    tour.name().english() + ": a step's claim should be checked");
        }
    }

    @Test
    void theFourLessonsAreThere() throws PresetException {
        List<String> presets = TourReader.files(PRESETS).stream().flatMap(f -> {
            try {
                return TourReader.read(f).steps().stream();
            } catch (PresetException e) {
                throw new AssertionError(e);
            }
        }).map(s -> s.preset().getFileName().toString()).distinct().toList();
        assertTrue(presets.containsAll(List.of("resonant-qubits.json", "qubit-spin-bath.json", "lindblad-qubit.json",
                "otto-qubit.json", "carnot-qubit-slow.json", "carnot-qubit-fast.json")), presets.toString());
    }

    @Test
    void theFullSwapStepChecksThatTheCorrelationsAreGone() throws PresetException {
        Tour tour = TourReader.read(PRESETS.resolve("tours/1-heat-flows.json"));
        TourStep swap = tour.steps().stream().filter(s -> s.check() != null && s.check().quantity().equals("I_AB")
                && s.check().relation() == TourCheck.Relation.BELOW).findFirst().orElseThrow();
        assertEquals(1e-9, swap.check().value());
        // pi/(2g) with g = 0.05, on a frame of the step's grid
        assertEquals(Math.PI / (2 * 0.05), swap.frameIndex(swap.dt()) * swap.dt(), 1e-12);
    }

    static Stream<Arguments> brokenTours() {
        return Stream.of(
                broken(t -> step(t, 0).put("panel", "foo"), "$.steps[0].panel",
                        "unknown panel 'foo' (allowed: scene, entropies, production, temperatures, engine, state, compare)"),
                broken(t -> step(t, 1).put("preset", "nope.json"), "$.steps[1].preset",
                        "unknown preset file 'nope.json'"),
                broken(t -> step(t, 0).put("play_to", -1), "$.steps[0].play_to", "must be >= 0, got -1"),
                broken(t -> step(t, 0).put("play_to", 120), "$.steps[0].play_to",
                        "t = 120 is after the end of the preset's run, t = 100"),
                broken(t -> step(t, 1).put("play_to", 3), "$.steps[1].time", "either time (jump) or play_to"),
                broken(t -> step(t, 1).remove("time"), "$.steps[1]", "missing the moment"),
                broken(t -> check(t, 0).put("quantity", "I_XY"), "$.steps[0].check.quantity", "unknown quantity 'I_XY'"),
                broken(t -> check(t, 2).put("quantity", "I_AB"), "$.steps[2].check.quantity",
                        "I_AB is NaN in open mode (there is no subsystem B)"),
                broken(t -> check(t, 0).put("quantity", "eta_eq19"), "$.steps[0].check.quantity",
                        "eta_eq19 exists only in engine mode"),
                broken(t -> step(t, 0).put("highlight", "S_Q"), "$.steps[0].highlight",
                        "unknown highlight 'S_Q' on panel entropies (allowed: S_A, S_B, S_AB, S_C)"),
                broken(t -> check(t, 0).remove("tolerance"), "$.steps[0].check.tolerance", "near needs a tolerance"),
                broken(t -> check(t, 0).put("below", 1), "$.steps[0].check", "give exactly one of below, above, near"),
                broken(t -> step(t, 0).put("dt", 0), "$.steps[0].dt", "must be > 0, got 0"),
                broken(t -> step(t, 0).put("colour", "red"), "$.steps[0].colour", "unknown field"),
                broken(t -> step(t, 0).put("text", " "), "$.steps[0].text", "must not be empty"),
                broken(t -> t.put("format", "clausius-preset"), "$.format", "must be \"clausius-tour\""),
                broken(t -> t.put("version", 2), "$.version", "unsupported version 2"),
                broken(t -> t.set("steps", JSON.createArrayNode()), "$.steps", "at least one step"),
                // sweeps: the path must name a number of the step's preset, both ends must build
                broken(t -> sweep(t, "$.coupling[0].x", 0.02, 0.1, 4), "$.steps[0].sweep.path",
                        "names no number of preset 'resonant-qubits.json' (a JSON path such as $.coupling[0].g)"),
                broken(t -> sweep(t, "$.A.kind", 0.02, 0.1, 4), "$.steps[0].sweep.path", "names no number"),
                broken(t -> sweep(t, "$.time.end", 50, 90, 4), "$.steps[0].sweep.path",
                        "the time grid cannot be swept"),
                broken(t -> sweep(t, "$.temperatures.B", 2, -1, 4), "$.steps[0].sweep.to",
                        "the preset reader refuses $.temperatures.B = -1: $.temperatures.B: "),
                broken(t -> sweep(t, "$.coupling[0].g", 0.02, 0.3, 4), "$.steps[0].sweep.to",
                        "the preset reader refuses $.coupling[0].g = 0.3: $.ranges[\"$.coupling[0].g\"]: "
                                + "must hold the preset's value 0.3, got [0.01, 0.2]"),
                broken(t -> sweep(t, "$.A.omega", 0, 1, 4), "$.steps[0].sweep.from",
                        "the preset reader refuses $.A.omega = 0: $.A.omega: "),
                broken(t -> sweep(t, "$.coupling[0].g", 0.02, 0.1, 0), "$.steps[0].sweep.seconds", "must be > 0, got 0"),
                broken(t -> sweep(t, "$.coupling[0].g", 0.02, 0.1, 61), "$.steps[0].sweep.seconds",
                        "at most 60 s, got 61"),
                broken(t -> sweep(t, "$.coupling[0].g", 0.02, 0.1, 4).remove("from"), "$.steps[0].sweep.from",
                        "missing required field"),
                broken(t -> sweep(t, "$.coupling[0].g", 0.02, 0.1, 4).put("to", "0.1"), "$.steps[0].sweep.to",
                        "must be a number"),
                broken(t -> sweep(t, "$.coupling[0].g", 0.02, 0.1, 4).put("speed", 2), "$.steps[0].sweep.speed",
                        "unknown field"),
                broken(t -> step(t, 0).put("sweep", "$.coupling[0].g"), "$.steps[0].sweep", "must be an object"),
                // texts by language: English required, codes of two letters, each text a non-empty string
                broken(t -> t.putObject("name").put("de", "Wärme"), "$.name.en", "missing the English text"),
                broken(t -> step(t, 0).put("title", 42), "$.steps[0].title",
                        "must be a text, or an object of texts by language"),
                broken(t -> step(t, 1).putObject("text").put("en", "One. Two (Eq. 14).").put("german", "Eins."),
                        "$.steps[1].text.german", "not a language code"),
                broken(t -> step(t, 0).putObject("title").put("en", "a").put("de", " "), "$.steps[0].title.de",
                        "must not be empty"),
                broken(t -> step(t, 0).putObject("title").put("en", "a").put("fa", 7), "$.steps[0].title.fa",
                        "must be a string"));
    }

    /** Gives step 0 a sweep object and returns it. */
    private static ObjectNode sweep(ObjectNode tour, String path, double from, double to, double seconds) {
        return step(tour, 0).putObject("sweep").put("path", path).put("from", from).put("to", to).put("seconds", seconds);
    }

    private static Arguments broken(Consumer<ObjectNode> change, String path, String reason) {
        return Arguments.of(change, path, reason);
    }

    private static ObjectNode step(ObjectNode tour, int k) {
        return (ObjectNode) tour.get("steps").get(k);
    }

    private static ObjectNode check(ObjectNode tour, int k) {
        return (ObjectNode) step(tour, k).get("check");
    }

    /** A small valid tour over two presets, in temp/tours/, with the presets copied to temp/. */
    private Path writeTour(Consumer<ObjectNode> change) throws IOException {
        for (String preset : List.of("resonant-qubits.json", "lindblad-qubit.json")) {
            Files.copy(PRESETS.resolve(preset), temp.resolve(preset), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        ObjectNode tour = JSON.createObjectNode().put("format", "clausius-tour").put("version", 1).put("name", "t");
        ArrayNode steps = tour.putArray("steps");
        steps.addObject().put("title", "a").put("preset", "resonant-qubits.json").put("panel", "entropies")
                .put("play_to", 10).put("highlight", "S_AB").put("text", "One. Two (Eq. 16).")
                .putObject("check").put("quantity", "S_AB").put("near", 1.028).put("tolerance", 0.001);
        steps.addObject().put("title", "b").put("preset", "resonant-qubits.json").put("panel", "production")
                .put("time", 10).put("text", "One. Two (Eq. 14).");
        steps.addObject().put("title", "c").put("preset", "lindblad-qubit.json").put("panel", "temperatures")
                .put("time", 10).put("text", "One. Two (Eq. 17).")
                .putObject("check").put("quantity", "T_A_gen").put("above", 0.5);
        change.accept(tour);
        Files.createDirectories(temp.resolve("tours"));
        Path file = temp.resolve("tours").resolve("tour.json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tour));
        return file;
    }

    @Test
    void theTemplateTourIsValid() throws IOException {
        assertEquals(List.of(), TourReader.problems(writeTour(t -> { })));
    }

    @ParameterizedTest
    @MethodSource("brokenTours")
    void aBrokenTourNamesThePathAndTheReason(Consumer<ObjectNode> change, String path, String reason) throws IOException {
        Path file = writeTour(change);
        List<Problem> problems = TourReader.problems(file);
        assertTrue(problems.stream().anyMatch(p -> p.path().equals(path) && p.reason().contains(reason)),
                "expected " + path + ": " + reason + ", got " + problems);
        PresetException e = assertThrows(PresetException.class, () -> TourReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ": $"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void aTourThatIsNotJsonIsNamedInPlainWords() throws IOException {
        // the steps' ']' is missing: the tour's '}' comes while the '[' (line 2, column 12) is open
        Path file = temp.resolve("broken-tour.json");
        Files.writeString(file, "{\"format\": \"clausius-tour\", \"version\": 1, \"name\": \"t\",\n \"steps\": [\n"
                + "  {\"title\": \"a\", \"preset\": \"resonant-qubits.json\", \"time\": 0, \"text\": \"b\"}\n}\n");
        PresetException e = assertThrows(PresetException.class, () -> TourReader.read(file));
        assertEquals(file + ": $.steps[0]: not valid JSON at line 4, column 1: found '}' while the '[' opened at line 2, "
                + "column 11 is still open (close it with ']' first)", e.getMessage());
        Files.writeString(file, "{\"format\": \"clausius-tour\", \"steps\": [{\"title\": \"a\"}");
        assertEquals(List.of(new Problem("$.steps[0]", "not valid JSON at line 1, column 53: the file ends inside an "
                + "array: the '[' opened at line 1, column 38 is never closed (nor the '{' around it, opened at line 1, "
                + "column 1)")), TourReader.problems(file));
    }

    @Test
    void notJsonAndNotATourAreNamedToo() throws IOException {
        Path file = temp.resolve("x.json");
        Files.writeString(file, "{\"format\": \"clausius-tour\", ");
        assertTrue(TourReader.problems(file).get(0).reason().startsWith("not valid JSON at line 1"));
        assertTrue(TourReader.problems(temp.resolve("missing.json")).get(0).reason().contains("no such file"));
        assertTrue(TourReader.isTour(PRESETS.resolve("tours/1-heat-flows.json")));
        assertTrue(!TourReader.isTour(PRESETS.resolve("resonant-qubits.json")));
    }

    @Test
    void aSweepStartsAtFromAndEndsAtToAndTheStepIsCheckedAtTo() throws Exception {
        Path file = writeTour(t -> {
            sweep(t, "$.coupling[0].g", 0.02, 0.1, 4);
            // with g = 0.1 the swap is complete at pi/(2g) = 15.708: I_AB is zero there
            step(t, 0).put("play_to", 15.707963267948966).put("dt", Math.PI / 16);
            check(t, 0).put("quantity", "I_AB").remove("near");
            check(t, 0).remove("tolerance");
            check(t, 0).put("below", 1e-9);
        });
        assertEquals(List.of(), TourReader.problems(file));
        TourStep step = TourReader.read(file).steps().get(0);
        assertEquals(new TourSweep("$.coupling[0].g", 0.02, 0.1, 4), step.sweep());
        CouplingSpec.Terms start = (CouplingSpec.Terms) step.sweep().start(step.preset()).coupling();
        CouplingSpec.Terms end = (CouplingSpec.Terms) step.sweep().end(step.preset()).coupling();
        assertEquals(0.02, start.terms().get(0).g().re());
        assertEquals(0.1, end.terms().get(0).g().re());
        // the file's own value (0.05) is not changed by reading the sweep
        assertEquals(0.05, ((CouplingSpec.Terms) PresetReader.read(step.preset()).coupling()).terms().get(0).g().re());
        assertEquals(null, TourReader.read(writeTour(t -> { })).steps().get(0).sweep());
    }

    @Test
    void aTextIsAStringInEnglishOrAnObjectByLanguageFallingBackToEnglish() throws Exception {
        Path file = writeTour(t -> {
            t.putObject("name").put("en", "Heat").put("de", "Wärme").put("es", "Calor").put("fa", "گرما");
            step(t, 0).putObject("title").put("en", "a").put("de", "A");
        });
        Tour tour = TourReader.read(file);
        assertEquals("Wärme", tour.name().in(Language.GERMAN));
        assertEquals("گرما", tour.name().in(Language.PERSIAN));
        assertEquals("Heat", tour.name().in(Language.ENGLISH));
        assertEquals("A", tour.steps().get(0).title().in(Language.GERMAN));
        assertEquals("a", tour.steps().get(0).title().in(Language.SPANISH), "no Spanish: the English text");
        assertTrue(!tour.steps().get(0).title().has(Language.SPANISH));
        // a plain string is English, shown in every language
        assertEquals("b", tour.steps().get(1).title().in(Language.PERSIAN));
        assertEquals("", tour.description().in(Language.GERMAN), "no description: empty");
        // a language the explorer does not speak yet is kept for when it does
        Path french = writeTour(t -> step(t, 0).putObject("title").put("en", "a").put("fr", "une"));
        assertEquals(Map.of("en", "a", "fr", "une"), TourReader.read(french).steps().get(0).title().texts());
    }

    @Test
    void aMissingTranslationIsAWarningNotAProblem() throws IOException {
        Path file = writeTour(t -> {
            t.putObject("name").put("en", "Heat").put("de", "Wärme").put("es", "Calor").put("fa", "گرما");
            step(t, 0).putObject("title").put("en", "a").put("de", "A").put("es", "A").put("fa", "ا");
            step(t, 1).putObject("title").put("en", "b").put("es", "B").put("fa", "ب");
        });
        TourReader.Findings findings = TourReader.check(file);
        assertEquals(List.of(), findings.problems());
        List<String> warned = findings.warnings().stream().map(Problem::path).toList();
        assertTrue(!warned.contains("$.name") && !warned.contains("$.steps[0].title"), warned.toString());
        assertTrue(findings.warnings().contains(new Problem("$.steps[1].title",
                "no translation in de (the explorer shows the English text in that language)")), findings.warnings().toString());
        assertTrue(findings.warnings().contains(new Problem("$.steps[2].text",
                "no translation in de, es, fa (the explorer shows the English text in those)")), findings.warnings().toString());
    }
}
