package dev.clausius.export;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.thermo.Column;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.Invariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvWriterTest {
    private static final List<String> CONTRACT_COLUMNS = List.of("t", "S_A", "S_B", "S_AB", "S_C", "I_AB",
            "E_A", "E_B", "E_V", "Q_A", "Q_B", "dS_A", "dQ_A", "dS_B", "dQ_B", "sigma_spohn",
            "interior_A", "exterior_A", "T_A_gen", "T_B_gen", "D_B");

    @Test
    void headerIsExactlyTheContractColumnsInOrder() throws IOException {
        assertEquals(String.join(",", CONTRACT_COLUMNS), CsvWriter.header());
        StringWriter text = new StringWriter();
        new CsvWriter(text).writeHeader();
        assertEquals(String.join(",", CONTRACT_COLUMNS) + "\n", text.toString());
    }

    @Test
    void specialValuesRoundTripBitForBit() throws IOException {
        double[] values = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-300,
                -1e-300, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 0.1, 1.0 / 3.0,
                2.0e-3, 1.0e-17, Math.PI, 2.0e23, 123456789.0125, -2.2204460492503131e-16, 9007199254740993.0,
                4.35e-5};
        double[] row = Arrays.copyOf(values, Column.timeSeries().size());
        assertRoundTrip(row);
    }

    @Test
    void randomBitPatternsRoundTrip() throws IOException {
        Random random = new Random(20240601);
        for (int n = 0; n < 2000; n++) {
            double[] row = new double[Column.timeSeries().size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = Double.longBitsToDouble(random.nextLong());
            }
            assertRoundTrip(row);
        }
    }

    @Test
    void specialValuesAreWrittenInTheirContractSpelling() throws IOException {
        double[] row = new double[Column.timeSeries().size()];
        row[1] = Double.NaN;
        row[2] = Double.POSITIVE_INFINITY;
        row[3] = Double.NEGATIVE_INFINITY;
        row[4] = 0.1;
        row[5] = 1e-17;
        String[] fields = writeRow(row).split(",", -1);
        assertEquals(List.of("0.0", "NaN", "Infinity", "-Infinity", "0.1", "1.0E-17"),
                Arrays.asList(fields).subList(0, 6));
    }

    @ParameterizedTest
    @CsvSource({"0.25, 100, 401", "0.1, 0.3, 4", "0.3, 1.0, 4", "0.5, 0, 1", "0.2, 60, 301", "0.05, 400, 8001"})
    void oneRowPerGridTime(double dt, double end, int expectedRows) throws IOException {
        StringWriter text = new StringWriter();
        TimeSeriesExport.writeCsv(TestFrames.evolver(4, -1), new TimeGrid(dt, end), text);
        String csv = text.toString();
        assertTrue(csv.endsWith("\n"));
        assertFalse(csv.contains("\r"));
        List<String> lines = csv.lines().toList();
        assertEquals(expectedRows + 1, lines.size());
        assertEquals(CsvWriter.checkedHeader(), lines.get(0));
        for (int k = 0; k < expectedRows; k++) {
            String[] fields = lines.get(k + 1).split(",", -1);
            assertEquals(CONTRACT_COLUMNS.size() + 1, fields.length);
            assertEquals("", fields[fields.length - 1], "an evolver that checks nothing warns of nothing");
            // t_k = k*dt as a product, exactly as the grid defines it
            assertEquals(Double.doubleToLongBits(k * dt), Double.doubleToLongBits(Double.parseDouble(fields[0])));
        }
    }

    private static void assertRoundTrip(double[] row) throws IOException {
        String line = writeRow(row);
        String[] fields = line.split(",", -1);
        assertEquals(row.length, fields.length, line);
        for (int i = 0; i < row.length; i++) {
            double back = Double.parseDouble(fields[i]);
            if (Double.isNaN(row[i])) {
                assertTrue(Double.isNaN(back), fields[i]);
                assertEquals("NaN", fields[i]);
            } else {
                assertEquals(Double.doubleToRawLongBits(row[i]), Double.doubleToRawLongBits(back),
                        "column " + i + ": " + row[i] + " written as " + fields[i]);
            }
        }
    }

    private static String writeRow(double[] row) throws IOException {
        Frame frame = TestFrames.of(row);
        StringWriter text = new StringWriter();
        new CsvWriter(text).writeRow(frame);
        String written = text.toString();
        assertTrue(written.endsWith("\n") && written.indexOf('\n') == written.length() - 1, written);
        return written.substring(0, written.length() - 1);
    }

    @Test
    void aBreachedGuardIsNamedInTheWarningsColumnOfItsRow() throws IOException {
        // from t = 1 on, the state leaks probability and has a negative eigenvalue
        Evolver leaking = TestFrames.checkedBy(TestFrames.evolver(4, -1), t -> t < 1
                ? new Invariants(1e-16, 0, 0.1, 0, 0, 0, 0) : new Invariants(1e-6, 0, -1e-6, 0, 0, 0, 0));
        StringWriter text = new StringWriter();
        TimeSeriesExport.writeCsv(leaking, new TimeGrid(0.5, 2), text);
        List<String> lines = text.toString().lines().toList();
        assertTrue(lines.get(0).endsWith(",warnings"), lines.get(0));
        List<String> warnings = lines.subList(1, lines.size()).stream()
                .map(line -> line.substring(line.lastIndexOf(',') + 1)).toList();
        assertEquals(List.of("", "", "trace;positivity", "trace;positivity", "trace;positivity"), warnings);
    }

    @Test
    void aWriterWithoutTheColumnRefusesInvariantsAndViceVersa() {
        StringWriter text = new StringWriter();
        Frame frame = TestFrames.at(0);
        assertThrows(IllegalStateException.class,
                () -> new CsvWriter(text, Column.timeSeries()).writeRow(frame, Invariants.UNKNOWN));
        assertThrows(IllegalStateException.class, () -> new CsvWriter(text, Column.timeSeries(), true).writeRow(frame));
    }
}
