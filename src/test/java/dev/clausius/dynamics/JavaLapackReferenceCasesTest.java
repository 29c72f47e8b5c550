package dev.clausius.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clausius.linalg.LapackBackend;
import dev.clausius.testing.CliRuns;
import dev.clausius.testing.ReferenceSeries;
import dev.clausius.testing.ReferenceTolerance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every public reference case on the pure-Java LAPACK path (decision 0011), through the real CLI:
 * a JVM chooses its backend once, so one path runs in this JVM (native here) and the other in a
 * child JVM started with {@code CLAUSIUS_LAPACK} set (nothing in this JVM changes). The Java CSVs
 * must match the references as {@link ReferenceCasesTest} does, and the native CSVs within 1e-8 in
 * every column of every row; the engines' summaries as {@code EngineOraclesTest} does.
 */
class JavaLapackReferenceCasesTest {
    private static final List<String> CASES =
            List.of("resonant-qubits", "jaynes-cummings-cold", "open-qubit", "otto-engine", "carnot-engine-tau50",
                    "classical-bars");
    private static final double NATIVE_TOLERANCE = 1e-8;

    @TempDir
    static Path work;
    private static Path javaRuns;
    private static Path nativeRuns;
    /** False only where the native OpenBLAS has no LAPACKE (Apple silicon): then there is no native path to compare with. */
    private static boolean nativeAvailable;

    @BeforeAll
    static void runEveryCaseOnBothPaths() throws Exception {
        javaRuns = Files.createDirectories(work.resolve("java"));
        nativeRuns = Files.createDirectories(work.resolve("native"));
        // This JVM runs on its own backend (native here, unless the whole run forces java); a child
        // JVM, forced through the environment as a user would, runs the other one.
        LapackBackend here = LapackBackend.selected();
        nativeAvailable = here == LapackBackend.NATIVE || LapackBackend.nativeHasLapack();
        LapackBackend other = here == LapackBackend.NATIVE ? LapackBackend.JAVA : LapackBackend.NATIVE;
        String otherName = other.name().toLowerCase(Locale.ROOT);
        Path log = work.resolve("child.log");
        Process child = null;
        if (nativeAvailable) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Xmx2g", CliRuns.class.getName(),
                    (other == LapackBackend.JAVA ? javaRuns : nativeRuns).toString()));
            command.addAll(CASES);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put(LapackBackend.ENVIRONMENT, otherName);
            child = builder.start();
        }
        for (String name : CASES) {
            Path runs = here == LapackBackend.JAVA ? javaRuns : nativeRuns;
            assertEquals(0, CliRuns.runCase(Path.of("src/test/resources/refs", name), runs, name, System.err), name);
        }
        if (child != null) {
            assertTrue(child.waitFor(10, TimeUnit.MINUTES), "the child JVM did not finish in 10 minutes");
            String output = Files.readString(log);
            assertEquals(0, child.exitValue(), output);
            assertTrue(output.startsWith("LAPACK: " + otherName + " (forced by CLAUSIUS_LAPACK=" + otherName + ")"), output);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"resonant-qubits", "jaynes-cummings-cold", "open-qubit", "classical-bars"})
    void everyColumnMatchesTheReference(String name) {
        ReferenceSeries ref = ReferenceSeries.read(Path.of("src/test/resources/refs", name, "ref.csv"));
        ReferenceSeries got = ReferenceSeries.read(javaRuns.resolve(name + ".csv"));
        assertEquals(ref.rows(), got.rows());
        ReferenceTolerance.assertMatches(name, ref, (column, k) -> got.value(column.csvName(), k));
    }

    @ParameterizedTest
    @ValueSource(strings = {"resonant-qubits", "jaynes-cummings-cold", "open-qubit", "otto-engine", "carnot-engine-tau50",
            "classical-bars"})
    void everyColumnMatchesTheNativePath(String name) throws Exception {
        assumeTrue(nativeAvailable, "this machine's OpenBLAS has no LAPACKE: no native path to compare with");
        List<String> javaLines = Files.readAllLines(javaRuns.resolve(name + ".csv"));
        List<String> nativeLines = Files.readAllLines(nativeRuns.resolve(name + ".csv"));
        assertEquals(nativeLines.get(0), javaLines.get(0), "header");
        assertEquals(nativeLines.size(), javaLines.size(), "rows");
        assertTrue(nativeLines.size() > 10, name + " has only " + nativeLines.size() + " lines");
        String[] header = nativeLines.get(0).split(",");
        double worst = 0;
        String worstAt = "";
        for (int r = 1; r < nativeLines.size(); r++) {
            String[] expected = nativeLines.get(r).split(",", -1);
            String[] got = javaLines.get(r).split(",", -1);
            assertEquals(expected.length, got.length, name + " row " + r);
            for (int c = 0; c < expected.length; c++) {
                double e = parse(expected[c]);
                double g = parse(got[c]);
                if (Double.isNaN(e) || Double.isNaN(g)) {
                    assertEquals(Double.isNaN(e), Double.isNaN(g), name + " " + header[c] + " row " + r);
                    continue;
                }
                double difference = Math.abs(g - e) / Math.max(1, Math.abs(e));
                if (difference > worst) {
                    worst = difference;
                    worstAt = header[c] + " row " + r;
                }
                assertTrue(difference <= NATIVE_TOLERANCE,
                        name + " " + header[c] + " row " + r + ": java " + g + ", native " + e);
            }
        }
        System.out.printf("%s: largest java-native difference %.2e (%s)%n", name, worst, worstAt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"otto-engine", "carnot-engine-tau50"})
    void engineSummaryMatchesTheReferenceAndTheNativePath(String name) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode ref = json.readTree(Path.of("src/test/resources/refs", name, "summary.json").toFile());
        JsonNode got = json.readTree(javaRuns.resolve(name + ".json").toFile());
        JsonNode nativ = nativeAvailable ? json.readTree(nativeRuns.resolve(name + ".json").toFile()) : got;
        int compared = 0;
        for (Iterator<String> keys = ref.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!got.has(key)) {
                continue; // the reference carries more than the CLI's summary prints
            }
            double expected = ref.get(key).asDouble();
            assertEquals(expected, got.get(key).asDouble(), 1e-6 * Math.max(1, Math.abs(expected)), name + " " + key);
            assertEquals(nativ.get(key).asDouble(), got.get(key).asDouble(), NATIVE_TOLERANCE, name + " " + key);
            compared++;
        }
        assertEquals(6, compared, "eta_carnot, eta_energy, eta_eq19, Q_hot, Q_cold and W");
    }

    /** A CSV field: empty means not defined (NaN). */
    private static double parse(String field) {
        return field.isBlank() ? Double.NaN : Double.parseDouble(field.trim());
    }
}
