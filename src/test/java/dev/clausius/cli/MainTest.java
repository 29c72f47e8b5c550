package dev.clausius.cli;

import dev.clausius.preset.Mode;
import dev.clausius.testing.PomVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {
    @TempDir
    Path directory;

    @Test
    void helpExitsZero() {
        Cli.Result result = Cli.run("--help");
        assertEquals(ExitCodes.SUCCESS, result.code());
        assertTrue(result.out().contains("Usage: clausius"), result.out());
        for (String command : List.of("run", "validate", "bench", "export")) {
            assertTrue(result.out().contains(command), command);
        }
        assertEquals("", result.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("run", "validate", "bench", "export")) {
            Cli.Result result = Cli.run(command, "--help");
            assertEquals(ExitCodes.SUCCESS, result.code(), command);
            assertTrue(result.out().contains("Usage: clausius " + command), result.out());
        }
    }

    @Test
    void exportHelpNamesEveryFormatAndTheOverwriteRule() {
        String help = Cli.run("export", "--help").out();
        assertTrue(help.contains("png, svg, pdf, csv") && help.contains("--force") && help.contains("--dpi"), help);
    }

    @Test
    void versionExitsZero() throws Exception {
        Cli.Result result = Cli.run("--version");
        assertEquals(ExitCodes.SUCCESS, result.code());
        assertEquals("clausius " + PomVersion.read(), result.out().strip());
    }

    @Test
    void noArgumentsOpensTheExplorerWithoutAPreset() {
        List<Path> explored = new ArrayList<>();
        Cli.Result result = Cli.run(Cli.fake(Cli.preset(Mode.CLOSED, 0.25, 1), -1, explored));
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        assertEquals(Arrays.asList((Path) null), explored);
    }

    @Test
    void aSinglePresetFileOpensTheExplorerOnIt() {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        List<Path> explored = new ArrayList<>();
        Cli.Result result = Cli.run(Cli.fake(Cli.preset(Mode.CLOSED, 0.25, 1), -1, explored), preset.toString());
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        assertEquals(List.of(preset), explored);
    }

    @Test
    void headlessCommandsDoNotOpenTheExplorer() {
        List<Path> explored = new ArrayList<>();
        Path preset = Cli.resource("resonant-qubits.json", directory);
        Cli.run(Cli.fake(Cli.preset(Mode.CLOSED, 0.25, 1), -1, explored), "validate", preset.toString());
        Cli.run(Cli.fake(Cli.preset(Mode.CLOSED, 0.25, 1), -1, explored), "run", preset.toString());
        assertEquals(List.of(), explored);
    }

    @Test
    void aWordThatIsNeitherAFileNorACommandIsBadInput() {
        List<Path> explored = new ArrayList<>();
        Cli.Result result = Cli.run(Cli.fake(Cli.preset(Mode.CLOSED, 0.25, 1), -1, explored), "rnu");
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().startsWith("rnu: "), result.err());
        assertEquals(List.of(), explored);
        result.assertNoStackTrace();
    }

    @Test
    void theExplorerIsLoadedOnlyByReflection() throws Exception {
        // Without the app package on the class path the explorer cannot open, and says so in one line.
        try {
            Class.forName("dev.clausius.app.ExplorerLauncher");
            return; // the app branch has landed; launching it would need a display
        } catch (ClassNotFoundException expected) {
            Cli.Result result = Cli.run();
            assertEquals(ExitCodes.FAILURE, result.code());
            assertTrue(result.err().startsWith("clausius: error: the desktop explorer is not part of this build"));
            result.assertNoStackTrace();
        }
    }

    @Test
    void unknownOptionIsBadInput() {
        Cli.Result result = Cli.run("run", "--bogus", "x.json").assertNoStackTrace();
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertTrue(result.errLines().get(0).contains("--bogus"), result.err());
        assertTrue(result.errLines().size() <= 2, result.err());
    }

    @Test
    void missingParameterIsBadInput() {
        Cli.Result result = Cli.run("run").assertNoStackTrace();
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertTrue(result.errLines().get(0).contains("PRESET"), result.err());
    }

    @Test
    void debugShowsTheStackTraceOfAFailure() {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        Backend failing = Cli.fake(Cli.preset(Mode.CLOSED, 0.25, 10), 3, new ArrayList<>());
        Cli.Result plain = Cli.run(failing, "run", preset.toString()).assertNoStackTrace();
        assertEquals(ExitCodes.FAILURE, plain.code());
        assertTrue(plain.errLines().get(0).startsWith("clausius: error: test evolver fails at frame 3"), plain.err());
        assertEquals(1, plain.errLines().size(), plain.err());

        Cli.Result debug = Cli.run(failing, "--debug", "run", preset.toString());
        assertEquals(ExitCodes.FAILURE, debug.code());
        assertTrue(debug.err().contains("\tat "), debug.err());
        Cli.Result debugAfter = Cli.run(failing, "run", "--debug", preset.toString());
        assertTrue(debugAfter.err().contains("\tat "), debugAfter.err());
    }

    @Test
    void anErrorEscapingTheCommandIsStillOneLine() {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        Backend.EvolverFactory outOfMemory = (p, source) -> {
            throw new OutOfMemoryError("Java heap space");
        };
        Backend base = Cli.fake(Cli.preset(Mode.CLOSED, 0.25, 10));
        Backend backend = new Backend(base.presets(), outOfMemory, base.explorer());
        Cli.Result result = Cli.run(backend, "run", preset.toString()).assertNoStackTrace();
        assertEquals(ExitCodes.FAILURE, result.code());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().startsWith("clausius: error: out of memory"), result.err());
    }
}
