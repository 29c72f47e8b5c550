package dev.clausius.cli;

import dev.clausius.preset.PresetMutations;
import dev.clausius.preset.PresetMutations.Mutant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 7's fuzzing, end to end through the command line: 1,000 generated and mutated presets per
 * run (wrong types, missing and extra fields, NaN and infinities, huge and negative sizes,
 * non-Hermitian matrices, truncated JSON, random bytes). Each must either run to finite output or
 * be refused with exit status 2 and one line naming the file and a JSON path; never exit 1 (an
 * uncaught failure), never a stack trace, never longer than {@link #PER_CASE} (a hang).
 *
 * <p>The seed is fixed, so every run tries the same cases and a failure reproduces. The run is
 * cut to t = 0..2 (--dt 0.5 --t-end 2): the preset's own grid is still read and checked.
 */
class PresetFuzzTest {
    private static final List<String> SEEDS = PresetMutations.seeds();
    /** An accepted case builds at most a 64-dimensional system: milliseconds, so this is a hang. */
    private static final Duration PER_CASE = Duration.ofSeconds(20);
    private static final Pattern JSON_PATH = Pattern.compile(": \\$[^ ]*: ");
    /**
     * Issue 7: a refusal says what is allowed (or, for broken JSON, where it broke). Every reason
     * the reader gives is phrased with one of these.
     */
    private static final Pattern SAYS_WHAT_IS_ALLOWED = Pattern.compile("must|expected|the limit is|at most"
            + "|missing required field|not valid JSON at line|write a finite number|unsupported version|empty"
            + "|needs|set \"hc\"|add \"hc\"");
    private static final String NAME = "fuzz-case.json";
    private static final int ROWS = 5; // t = 0, 0.5, 1, 1.5, 2
    /** Columns that exist for every mode and every state (rates may be NaN at a pure state: ln 0). */
    private static final List<String> ALWAYS_FINITE = List.of("t", "S_A", "S_AB", "E_A");

    @Provide
    Arbitrary<Mutant> mutants() {
        return Arbitraries.randoms().map(random -> PresetMutations.mutate(SEEDS.get(random.nextInt(SEEDS.size())), random));
    }

    /** Each try also runs validate on the same file (a few seconds for all 1,000). */
    @Property(tries = 1000, seed = "20260707", shrinking = ShrinkingMode.OFF)
    void everyBrokenPresetRunsOrIsRefusedInOneLine(@ForAll("mutants") Mutant mutant) throws IOException {
        Path directory = Files.createTempDirectory("clausius-fuzz");
        try {
            Path preset = directory.resolve(NAME);
            Files.write(preset, mutant.bytes());
            Path csv = directory.resolve("out.csv");
            Cli.Result result = assertTimeoutPreemptively(PER_CASE, () -> Cli.run("run", preset.toString(),
                    "--dt", "0.5", "--t-end", "2", "--csv", csv.toString()), () -> "hang on " + describe(mutant));
            result.assertNoStackTrace();
            assertValidateAgrees(preset, result.code(), mutant);
            if (result.code() == ExitCodes.SUCCESS) {
                Statistics.collect("accepted");
                assertFiniteCsv(csv, mutant);
            } else if (result.code() == ExitCodes.BAD_INPUT) {
                Statistics.collect("refused");
                assertOneLineWithPath(result, mutant);
                assertFalse(Files.exists(csv), "a refused run left " + csv);
            } else {
                fail("exit " + result.code() + " (not 0 or 2): " + result.err() + "\n" + describe(mutant));
            }
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * validate lists every problem, each on its own line with a JSON path; a preset run accepted
     * is valid. (The converse need not hold: run also refuses what only building the system finds.)
     */
    private static void assertValidateAgrees(Path preset, int runCode, Mutant mutant) {
        Cli.Result validate = Cli.run("validate", preset.toString());
        validate.assertNoStackTrace();
        if (runCode == ExitCodes.SUCCESS) {
            assertEquals(ExitCodes.SUCCESS, validate.code(), () -> validate.err() + describe(mutant));
            return;
        }
        assertTrue(validate.code() == ExitCodes.SUCCESS || validate.code() == ExitCodes.BAD_INPUT,
                () -> "validate exit " + validate.code() + ": " + validate.err() + describe(mutant));
        for (String line : validate.errLines()) {
            assertTrue(line.contains(NAME) && JSON_PATH.matcher(line).find(), () -> "validate: " + line);
        }
    }

    private static void assertOneLineWithPath(Cli.Result result, Mutant mutant) {
        List<String> lines = result.errLines();
        assertEquals(1, lines.size(), () -> "not one line:\n" + result.err() + describe(mutant));
        String line = lines.get(0);
        assertTrue(line.contains(NAME), () -> "no file name: " + line);
        assertTrue(JSON_PATH.matcher(line).find(), () -> "no JSON path: " + line + "\n" + describe(mutant));
        assertTrue(SAYS_WHAT_IS_ALLOWED.matcher(line).find(), () -> "what is allowed? " + line + "\n" + describe(mutant));
    }

    /** The contract's CSV: every number parses, none is infinite, and the quantities every mode has are finite. */
    private static void assertFiniteCsv(Path csv, Mutant mutant) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        assertEquals(ROWS + 1, lines.size(), () -> "rows of " + describe(mutant));
        List<String> header = List.of(lines.get(0).split(",", -1));
        assertEquals("warnings", header.get(header.size() - 1));
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            assertEquals(header.size(), fields.length, line);
            for (int i = 0; i < fields.length - 1; i++) {
                double value = Double.parseDouble(fields[i]);
                String column = header.get(i);
                assertFalse(Double.isInfinite(value), () -> column + " infinite in " + line + "\n" + describe(mutant));
                if (ALWAYS_FINITE.contains(column)) {
                    assertTrue(Double.isFinite(value),
                            () -> column + " = " + value + " in " + line + "\n" + describe(mutant));
                }
            }
        }
    }

    private static String describe(Mutant mutant) {
        String text = mutant.text();
        return "mutations " + mutant.kinds() + " of:\n" + (text.length() > 2000 ? text.substring(0, 2000) + "..." : text);
    }
}
