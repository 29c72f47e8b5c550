package dev.clausius.cli;

import dev.clausius.export.TestFrames;
import dev.clausius.preset.CouplingSpec;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.Problem;
import dev.clausius.preset.SubsystemSpec;
import dev.clausius.preset.TimeSpec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Runs command lines in-process and captures what they print. */
final class Cli {
    private Cli() {
    }

    /** What one command line did. */
    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }

        List<String> outLines() {
            return out.lines().toList();
        }

        /** The contract: without --debug, never a stack trace. */
        Result assertNoStackTrace() {
            assertFalse(err.contains("\tat ") || err.matches("(?s).*\\n\\s*at [\\w$.]+\\(.*"),
                    "stack trace on stderr:\n" + err);
            return this;
        }
    }

    /** The real thing: Main.run as java -jar would call it. */
    static Result run(String... args) {
        return capture(args, null);
    }

    static Result run(Backend backend, String... args) {
        return capture(args, backend);
    }

    private static Result capture(String[] args, Backend backend) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = backend == null ? Main.run(args, outStream, errStream)
                    : Main.run(args, outStream, errStream, backend);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** A test resource copied into a directory, under its own name. */
    static Path resource(String name, Path directory) {
        try (InputStream in = Cli.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            Path file = directory.resolve(name);
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A closed-mode preset with the given grid, as a reader would return it. */
    static Preset preset(Mode mode, double dt, double end) {
        return new Preset("test", "", mode, new SubsystemSpec.Qubit(1), new SubsystemSpec.Qubit(1), 0.5, 2.0,
                new CouplingSpec.Terms(List.of()), null, null, new TimeSpec(dt, end));
    }

    /**
     * A backend with the real preset reader for problems but a made-up preset and evolver for
     * runs, so file handling and exit codes are checked without the physics. The evolver fails at
     * frame failAt (-1: never). Opened explorers are recorded in {@code explored}.
     */
    static Backend fake(Preset preset, int failAt, List<Path> explored) {
        return fake(preset, (p, source) -> TestFrames.evolver(4, failAt), explored);
    }

    /** As above, with the given evolvers. */
    static Backend fake(Preset preset, Backend.EvolverFactory evolvers, List<Path> explored) {
        Backend.PresetSource presets = new Backend.PresetSource() {
            @Override
            public Preset read(Path file) throws PresetException {
                if (!Files.isRegularFile(file)) {
                    throw new PresetException(file.toString(), new Problem("$", "no such file"));
                }
                return preset;
            }

            @Override
            public List<Problem> problems(Path file) {
                return PresetReader.problems(file);
            }
        };
        return new Backend(presets, evolvers, explored::add);
    }

    static Backend fake(Preset preset) {
        return fake(preset, -1, new ArrayList<>());
    }
}
