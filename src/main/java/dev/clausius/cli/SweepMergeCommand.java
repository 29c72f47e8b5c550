package dev.clausius.cli;

import dev.clausius.export.AtomicFileWriter;
import dev.clausius.sweep.SlurmJob;
import dev.clausius.sweep.SweepManifest;
import dev.clausius.sweep.SweepRowFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code sweep merge DIR --out FILE}: the rows that separate processes wrote into DIR/rows, gathered
 * into the summary CSV a local sweep of the same grid writes, byte for byte. Refuses (exit 2) and
 * names every missing or duplicate point, so only the failed tasks need to run again.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = ClausiusCommand.Version.class,
        header = "Gathers the rows of a sweep run in pieces (sweep --slurm, sweep --manifest) into one CSV.",
        description = {"DIR holds sweep.manifest.json and rows/point-K.csv. Every point 0..N-1 must have exactly",
                "one row; otherwise nothing is written and the missing and duplicate points are named."})
final class SweepMergeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The sweep's folder (or its manifest file).")
    private Path folder;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The summary CSV to write.")
    private Path out;

    private final PrintStream console;

    SweepMergeCommand(PrintStream console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        Path manifest = Files.isRegularFile(folder) ? folder : folder.resolve(SlurmJob.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw CliException.badInput(folder + ": no " + SlurmJob.MANIFEST + " here; give the sweep's folder");
        }
        Path directory = manifest.toAbsolutePath().getParent();
        SweepManifest read = SweepManifest.read(manifest);
        AtomicFileWriter.checkTarget(out);
        String csv;
        try {
            csv = SweepRowFiles.merge(directory, read.plan(),
                    missing -> SlurmSweep.resubmit(directory, manifest, read.chunk(), missing));
        } catch (SweepRowFiles.Incomplete e) {
            throw CliException.badInput(e.getMessage());
        }
        AtomicFileWriter.write(out, stream -> stream.write(csv.getBytes(StandardCharsets.UTF_8)));
        console.printf(Locale.ROOT, "%s: %d row(s) -> %s%n", directory, read.plan().points().size(), out);
        return ExitCodes.SUCCESS;
    }
}
