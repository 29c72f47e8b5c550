package dev.clausius.testing;

import dev.clausius.cli.Main;
import dev.clausius.linalg.LapackBackend;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The main class of a child JVM that tests start with another LAPACK backend (a JVM decides it
 * once): prints {@link LapackBackend#describeSelection()}, then for each reference case NAME runs
 * {@code run refs/NAME/preset.json --csv OUT/NAME.csv} through the real CLI, and for an engine case
 * (one with a summary.json) also {@code run --summary} into OUT/NAME.json. Exits with the first
 * non-zero CLI status, or 0.
 */
public final class CliRuns {
    private CliRuns() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(LapackBackend.describeSelection());
        Path out = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            int status = runCase(Path.of("src/test/resources/refs", args[i]), out, args[i], System.err);
            if (status != 0) {
                System.exit(status);
            }
        }
        System.exit(0);
    }

    /** The CSV (and, for an engine, the summary) of one reference case into {@code out}; returns the CLI status. */
    public static int runCase(Path dir, Path out, String name, PrintStream err) throws Exception {
        String preset = dir.resolve("preset.json").toString();
        int status = Main.run(new String[] {"run", preset, "--csv", out.resolve(name + ".csv").toString()},
                System.out, err);
        if (status != 0 || !Files.exists(dir.resolve("summary.json"))) {
            return status;
        }
        try (PrintStream summary = new PrintStream(Files.newOutputStream(out.resolve(name + ".json")), true,
                StandardCharsets.UTF_8)) {
            return Main.run(new String[] {"run", preset, "--summary"}, summary, err);
        }
    }
}
