package dev.clausius.cli;

import dev.clausius.export.CsvWriter;
import dev.clausius.preset.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportCommandTest {
    @TempDir
    Path directory;

    private static Backend backend() {
        return Cli.fake(Cli.preset(Mode.CLOSED, 0.25, 100));
    }

    @Test
    void csvWritesTheTimeSeriesAndACopyOfThePreset() throws IOException {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        Path out = directory.resolve("results/run1");
        Cli.Result result = Cli.run(backend(), "export", preset.toString(), "--out", out.toString(), "--format", "csv");
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        List<String> lines = Files.readAllLines(out.resolve("resonant-qubits_timeseries.csv"));
        assertEquals(CsvWriter.header(), lines.get(0));
        assertEquals(402, lines.size());
        assertEquals(Files.readString(preset), Files.readString(out.resolve("resonant-qubits.json")));
    }

    @Test
    void csvIsTheDefaultFormat() {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        Path out = directory.resolve("out");
        Cli.Result result = Cli.run(backend(), "export", preset.toString(), "--out", out.toString());
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        assertTrue(Files.exists(out.resolve("resonant-qubits_timeseries.csv")));
    }

    @Test
    void exportingBesideThePresetKeepsIt() throws IOException {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        String before = Files.readString(preset);
        Cli.Result result = Cli.run(backend(), "export", preset.toString(), "--out", directory.toString());
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        assertEquals(before, Files.readString(preset));
    }

    @Test
    void figureFormatsAreNotAvailableYetAndWriteNothing() {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        Path out = directory.resolve("out");
        for (String format : List.of("png", "svg", "pdf", "csv,png")) {
            Cli.Result result = Cli.run(backend(), "export", preset.toString(), "--out", out.toString(),
                    "--format", format).assertNoStackTrace();
            assertEquals(ExitCodes.FAILURE, result.code(), format);
            assertEquals(1, result.errLines().size(), result.err());
            assertTrue(result.err().contains("format " + format.replace("csv,", "") + " is not available yet"),
                    result.err());
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void unknownFormatIsBadInput() {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        Cli.Result result = Cli.run(backend(), "export", preset.toString(), "--out", directory.toString(),
                "--format", "gif").assertNoStackTrace();
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertTrue(result.errLines().get(0).contains("--format"), result.err());
    }

    @Test
    void outIsRequired() {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        Cli.Result result = Cli.run(backend(), "export", preset.toString()).assertNoStackTrace();
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertTrue(result.errLines().get(0).contains("--out"), result.err());
    }
}
