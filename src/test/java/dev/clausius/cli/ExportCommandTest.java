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
        assertEquals(CsvWriter.checkedHeader(), lines.get(0));
        assertEquals(402, lines.size());
        assertEquals(Files.readString(preset), Files.readString(out.resolve("resonant-qubits.json")));
    }

    @Test
    void everyFormatIsTheDefault() {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        Path out = directory.resolve("out");
        Cli.Result result = Cli.run(backend(), "export", preset.toString(), "--out", out.toString());
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        for (String file : List.of("resonant-qubits_timeseries.csv", "resonant-qubits_entropies.png",
                "resonant-qubits_entropies.svg", "resonant-qubits_entropies.pdf", "resonant-qubits_all-panels.pdf")) {
            assertTrue(Files.exists(out.resolve(file)), file);
        }
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
    void figureFormatsWriteOneFilePerPanelNamedByPresetAndPanel() throws IOException {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        for (String format : List.of("png", "svg", "pdf")) {
            Path out = directory.resolve("out-" + format);
            Cli.Result result = Cli.run(backend(), "export", preset.toString(), "--out", out.toString(),
                    "--format", format).assertNoStackTrace();
            assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
            for (String panel : List.of("scene", "entropies", "production", "temperatures", "state")) {
                Path file = out.resolve("resonant-qubits_" + panel + "." + format);
                assertTrue(Files.size(file) > 1000, file.toString());
            }
            // the engine panel belongs to engine presets only; no CSV was asked for
            assertFalse(Files.exists(out.resolve("resonant-qubits_engine." + format)));
            assertFalse(Files.exists(out.resolve("resonant-qubits_timeseries.csv")));
        }
    }

    @Test
    void pngSizeFollowsDpiAndWidth() throws IOException {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        Path out = directory.resolve("png");
        Cli.Result result = Cli.run(backend(), "export", preset.toString(), "--out", out.toString(),
                "--format", "png", "--dpi", "150", "--width", "7");
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(out.resolve("resonant-qubits_entropies.png").toFile());
        assertEquals(1050, image.getWidth());
        assertEquals(788, image.getHeight());
    }

    @Test
    void aStyleSetsWidthAndDpiAndExplicitOptionsOverrideIt() throws IOException {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        Path out = directory.resolve("nature");
        Cli.Result result = Cli.run(backend(), "export", preset.toString(), "--out", out.toString(),
                "--format", "png", "--style", "nature", "--column", "double");
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(out.resolve("resonant-qubits_entropies.png").toFile());
        assertEquals(Math.round(183 / 25.4 * 600), image.getWidth(), "183 mm at 600 dpi");
        Path ieee = directory.resolve("ieee");
        result = Cli.run(backend(), "export", preset.toString(), "--out", ieee.toString(),
                "--format", "png", "--style", "ieee", "--width", "2", "--dpi", "100", "--font", "sans", "--font-size", "9");
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        image = javax.imageio.ImageIO.read(ieee.resolve("resonant-qubits_entropies.png").toFile());
        assertEquals(200, image.getWidth(), "--width and --dpi win over the style's");
    }

    @Test
    void unknownStyleFontOrATooSmallFontIsBadInput() {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        for (String[] option : List.of(new String[] {"--style", "acs"}, new String[] {"--font-size", "5"},
                new String[] {"--font", "comic"}, new String[] {"--column", "triple"})) {
            Cli.Result result = Cli.run(backend(), "export", preset.toString(), "--out", directory.toString(),
                    "--format", "pdf", option[0], option[1]).assertNoStackTrace();
            assertEquals(ExitCodes.BAD_INPUT, result.code(), String.join(" ", option));
            assertTrue(result.errLines().get(0).contains(option[0].equals("--font-size") ? "--font" : option[0]),
                    result.err());
        }
    }

    @Test
    void existingFilesAreRefusedWithoutForceAndKeptIntact() throws IOException {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        Path out = directory.resolve("twice");
        assertEquals(ExitCodes.SUCCESS, Cli.run(backend(), "export", preset.toString(), "--out", out.toString(),
                "--format", "csv").code());
        Path csv = out.resolve("resonant-qubits_timeseries.csv");
        Files.writeString(csv, "mine");
        Cli.Result refused = Cli.run(backend(), "export", preset.toString(), "--out", out.toString(), "--format", "csv")
                .assertNoStackTrace();
        assertEquals(ExitCodes.FAILURE, refused.code());
        assertTrue(refused.err().contains("--force"), refused.err());
        assertEquals("mine", Files.readString(csv));
        Cli.Result forced = Cli.run(backend(), "export", preset.toString(), "--out", out.toString(), "--format", "csv",
                "--force");
        assertEquals(ExitCodes.SUCCESS, forced.code(), forced.err());
        assertTrue(Files.readString(csv).startsWith("t,"));
    }

    @Test
    void aTargetThatCannotBeADirectoryLeavesNothingBehind() throws IOException {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        Path file = Files.writeString(directory.resolve("plain-file"), "x");
        Cli.Result result = Cli.run(backend(), "export", preset.toString(), "--out", file.resolve("sub").toString())
                .assertNoStackTrace();
        assertTrue(result.code() != ExitCodes.SUCCESS);
        assertEquals(1, result.errLines().size(), result.err());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void badDpiIsBadInput() {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        Cli.Result result = Cli.run(backend(), "export", preset.toString(), "--out", directory.toString(), "--dpi", "1")
                .assertNoStackTrace();
        assertEquals(ExitCodes.BAD_INPUT, result.code());
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
