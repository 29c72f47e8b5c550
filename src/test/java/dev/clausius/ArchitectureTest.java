package dev.clausius;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN.md's layering: ND4J only in linalg, JavaFX only in app, dependencies point downward. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.clausius");
    }

    @Test
    void onlyLinalgTouchesNd4jOrOpenBlas() {
        noClasses().that().resideOutsideOfPackage("dev.clausius.linalg..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.bytedeco..")
                .check(classes);
    }

    @Test
    void onlyTheAppTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackage("dev.clausius.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..")
                .check(classes);
    }

    @Test
    void physicsNeverDependsOnTheFrontEnds() {
        noClasses().that().resideInAnyPackage("dev.clausius.linalg..", "dev.clausius.quantum..",
                        "dev.clausius.dynamics..", "dev.clausius.thermo..", "dev.clausius.preset..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clausius.app..", "dev.clausius.cli..",
                        "dev.clausius.export..")
                .check(classes);
    }

    @Test
    void layersPointDownward() {
        noClasses().that().resideInAPackage("dev.clausius.linalg..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clausius.quantum..", "dev.clausius.dynamics..",
                        "dev.clausius.thermo..", "dev.clausius.preset..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.clausius.quantum..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clausius.dynamics..", "dev.clausius.preset..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.clausius.preset..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clausius.linalg..", "dev.clausius.quantum..",
                        "dev.clausius.dynamics..")
                .check(classes);
    }

    /** The export path is shared by the explorer and the command line, so it may know neither. */
    @Test
    void exportKnowsNeitherFrontEndNorJavaFx() {
        noClasses().that().resideInAPackage("dev.clausius.export..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clausius.app..", "dev.clausius.cli..",
                        "javafx..")
                .check(classes);
    }

    /** The explorer reaches shared code in export (or below), never through the command line. */
    @Test
    void theExplorerNeverDependsOnTheCommandLine() {
        noClasses().that().resideInAPackage("dev.clausius.app..")
                .should().dependOnClassesThat().resideInAPackage("dev.clausius.cli..")
                .check(classes);
    }
}
