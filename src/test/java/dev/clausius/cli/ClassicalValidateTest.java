package dev.clausius.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code validate} on classical presets: the contract's example is OK, each broken field is one line naming its path (exit 2). */
class ClassicalValidateTest {
    /** The classical example of the preset format, with {@code t_end} as it writes it. */
    static final String BARS = """
            {
              "format": "clausius-preset", "version": 1,
              "name": "Classical bars: heat conduction",
              "mode": "classical",
              "A": {"kind": "body", "cells": 8, "heat_capacity": 1.0, "conductance": 1.0},
              "B": {"kind": "body", "cells": 8, "heat_capacity": 1.0, "conductance": 1.0},
              "contact": {"conductance": 0.2},
              "temperatures": {"A": 0.5, "B": 2.0},
              "time": {"dt": 0.5, "t_end": 200}
            }
            """;

    @TempDir
    Path directory;

    private Cli.Result validate(String text) throws IOException {
        Path file = Files.writeString(directory.resolve("classical.json"), text);
        return Cli.run("validate", file.toString()).assertNoStackTrace();
    }

    @Test
    void theExampleIsOkWithTEndOrEnd() throws IOException {
        Cli.Result tEnd = validate(BARS);
        assertEquals(ExitCodes.SUCCESS, tEnd.code(), tEnd.err());
        Cli.Result end = validate(BARS.replace("\"t_end\"", "\"end\""));
        assertEquals(ExitCodes.SUCCESS, end.code(), end.err());
    }

    static Stream<Arguments> brokenFields() {
        return Stream.of(
                Arguments.of("cells 0", "\"A\": {\"kind\": \"body\", \"cells\": 8, \"heat_capacity\": 1.0, \"conductance\": 1.0}", "\"A\": {\"kind\": \"body\", \"cells\": 0, \"heat_capacity\": 1.0, \"conductance\": 1.0}", "$.A.cells", "must be an integer >= 1, got 0"),
                Arguments.of("cells 2.5", "\"A\": {\"kind\": \"body\", \"cells\": 8, \"heat_capacity\": 1.0, \"conductance\": 1.0}", "\"A\": {\"kind\": \"body\", \"cells\": 2.5, \"heat_capacity\": 1.0, \"conductance\": 1.0}", "$.A.cells", "must be an integer, got 2.5"),
                Arguments.of("too many cells", "\"B\": {\"kind\": \"body\", \"cells\": 8, \"heat_capacity\": 1.0, \"conductance\": 1.0}", "\"B\": {\"kind\": \"body\", \"cells\": 5000, \"heat_capacity\": 1.0, \"conductance\": 1.0}", "$.B.cells", "is too large: 5000 cells"),
                Arguments.of("heat capacity 0", "\"A\": {\"kind\": \"body\", \"cells\": 8, \"heat_capacity\": 1.0, \"conductance\": 1.0}", "\"A\": {\"kind\": \"body\", \"cells\": 8, \"heat_capacity\": 0, \"conductance\": 1.0}", "$.A.heat_capacity", "must be > 0, got 0"),
                Arguments.of("heat capacity negative", "\"B\": {\"kind\": \"body\", \"cells\": 8, \"heat_capacity\": 1.0, \"conductance\": 1.0}", "\"B\": {\"kind\": \"body\", \"cells\": 8, \"heat_capacity\": -2, \"conductance\": 1.0}", "$.B.heat_capacity", "must be > 0, got -2"),
                Arguments.of("negative conductance", "\"A\": {\"kind\": \"body\", \"cells\": 8, \"heat_capacity\": 1.0, \"conductance\": 1.0}", "\"A\": {\"kind\": \"body\", \"cells\": 8, \"heat_capacity\": 1.0, \"conductance\": -0.5}", "$.A.conductance", "must be >= 0, got -0.5"),
                Arguments.of("negative contact", "\"contact\": {\"conductance\": 0.2}", "\"contact\": {\"conductance\": -0.2}", "$.contact.conductance", "must be >= 0, got -0.2"),
                Arguments.of("missing contact", "\"contact\": {\"conductance\": 0.2},", "", "$.contact", "missing required field"),
                Arguments.of("coupling", "\"contact\": {\"conductance\": 0.2},", "\"contact\": {\"conductance\": 0.2}, \"coupling\": [],", "$.coupling", "unknown field for mode \"classical\""),
                Arguments.of("bath", "\"contact\": {\"conductance\": 0.2},", "\"contact\": {\"conductance\": 0.2}, \"bath\": {},", "$.bath", "unknown field for mode \"classical\""),
                Arguments.of("quantum kind", "\"A\": {\"kind\": \"body\", \"cells\": 8, \"heat_capacity\": 1.0, \"conductance\": 1.0}", "\"A\": {\"kind\": \"qubit\", \"cells\": 8, \"heat_capacity\": 1.0, \"conductance\": 1.0}", "$.A.kind", "must be \"body\" in classical mode"),
                Arguments.of("temperature 0", "\"A\": 0.5", "\"A\": 0", "$.temperatures.A", "must be > 0, got 0"),
                Arguments.of("temperatures too far apart", "\"A\": 0.5", "\"A\": 1e-7", "$.temperatures.A", "must be within a factor 1000000 of the other body's temperature"),
                Arguments.of("infinite temperature", "\"B\": 2.0", "\"B\": \"inf\"", "$.temperatures.B", "must be a number"),
                Arguments.of("end and t_end", "\"t_end\": 200", "\"t_end\": 200, \"end\": 200", "$.time.t_end", "give either \"end\" or \"t_end\", not both"),
                Arguments.of("no end", ", \"t_end\": 200", "", "$.time", "missing required field \"t_end\" (or \"end\")"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFields")
    void aBrokenFieldIsOneLineWithItsPath(String what, String from, String to, String path, String reason)
            throws IOException {
        String text = BARS.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        assertTrue(!text.equals(BARS), what + ": the replacement did not apply");
        Cli.Result result = validate(text);
        assertEquals(ExitCodes.BAD_INPUT, result.code(), what + ": " + result.err());
        assertEquals(1, result.errLines().size(), what + ": " + result.err());
        String line = result.errLines().get(0);
        assertTrue(line.contains(": " + path + ": " + reason), what + ": " + line);
    }
}
