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

    /** Main in a new JVM on the test class path; JVM flags first, then the command line. */
    private Outcome java(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Djava.awt.headless=true");
        int first = 0;
        while (first < arguments.length && arguments[first].startsWith("-verbose")) {
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
