package dev.clausius;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The export path is shared: the explorer and the command line both call the export package, so it
 * may know neither of them, and the explorer reaches the shared code there, never through the CLI.
 */
class ExportPathLayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.clausius");
    }

    @Test
    void exportKnowsNeitherFrontEndNorJavaFx() {
        noClasses().that().resideInAPackage("dev.clausius.export..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clausius.app..", "dev.clausius.cli..",
                        "javafx..")
                .check(classes);
    }

    @Test
    void theExplorerNeverDependsOnTheCommandLine() {
        noClasses().that().resideInAPackage("dev.clausius.app..")
                .should().dependOnClassesThat().resideInAPackage("dev.clausius.cli..")
                .check(classes);
    }
}
