package dev.clausius.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.clausius.testing.PomVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CLI as a separate JVM, the way java -jar starts it: real exit statuses through System.exit,
 * and no JavaFX class loaded by a headless command (they must run where there is no display).
 */
class HeadlessProcessTest {
    @TempDir
    Path directory;

    private record Outcome(int code, String out, String err) {
    }

    @Test
    void headlessCommandsLoadNoJavaFxAndExitWithTheContractStatus() throws Exception {
        Path good = Cli.resource("resonant-qubits.json", directory);
        Outcome valid = java("-verbose:class", "validate", good.toString());
        assertEquals(ExitCodes.SUCCESS, valid.code(), valid.err());
        assertFalse(valid.out().contains("javafx."), "a JavaFX class was loaded by validate");
        assertFalse(valid.out().contains("dev.clausius.app."), "the app package was loaded by validate");

        Outcome badOption = java("-verbose:class", "run", good.toString(), "--dt", "-1");
        assertEquals(ExitCodes.BAD_INPUT, badOption.code());
        assertFalse(badOption.out().contains("javafx."));
        assertTrue(badOption.err().contains("--dt"), badOption.err());
        assertFalse(badOption.err().contains("\tat "), badOption.err());

        Outcome version = java("--version");
        assertEquals(ExitCodes.SUCCESS, version.code());
        assertEquals("clausius " + PomVersion.read(), version.out().strip());
    }

    @Test
    void theCliDependsOnNeitherJavaFxNorTheApp() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.clausius.cli");
        noClasses().that().resideInAPackage("dev.clausius.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.clausius.app..")
                .check(classes);
    }

    /**
     * Issue 16: the limit on a closed system is this JVM's, read by validate as a user starts it.
     * -Xmx256m lets JavaCPP's native buffers reach 4 x 256 MiB = 1.07 GB; D = 2048 needs 1.21 GB.
     * The two ways the message offers to allow more then make the same file valid.
     */
    @Test
    void validateRefusesWhatThisJvmCannotHoldAndSaysHowToAllowIt() throws Exception {
        String scale = "bench/spin-bath-10.json";
        Outcome small = java("-Xmx256m", "-XX:+UseG1GC", "validate", scale);
        assertEquals(ExitCodes.BAD_INPUT, small.code(), small.err());
        assertEquals(scale + ": $.B: total dimension 2048 (2 x 1024) needs about 1.2 GB of working memory, this JVM "
                + "allows 1.1 GB (D <= 1908 here; allow more with a larger -Xmx or "
                + "-Dorg.bytedeco.javacpp.maxphysicalbytes)", small.err().strip());
        Outcome physical = java("-Xmx256m", "-XX:+UseG1GC", "-Dorg.bytedeco.javacpp.maxphysicalbytes=2g", "validate", scale);
        assertEquals(ExitCodes.SUCCESS, physical.code(), physical.err());
        Outcome heap = java("-Xmx512m", "validate", scale);
        assertEquals(ExitCodes.SUCCESS, heap.code(), heap.err());
    }

    /** Main in a new JVM on the test class path; JVM flags first, then the command line. */
    private Outcome java(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Djava.awt.headless=true");
        int first = 0;
        while (first < arguments.length && List.of("-verbose", "-X", "-D").stream().anyMatch(arguments[first]::startsWith)) {
            command.add(arguments[first++]);
        }
        command.add(Main.class.getName());
        command.addAll(List.of(arguments).subList(first, arguments.length));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(directory.resolve("out.txt").toFile())
                .redirectError(directory.resolve("err.txt").toFile());
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the CLI did not finish");
        return new Outcome(process.exitValue(),
                Files.readString(directory.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(directory.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
