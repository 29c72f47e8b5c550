package dev.clausius;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/implementation-notes.md, checked rather than hoped for: ND4J only in
 * linalg, JavaFX only in app, dependencies pointing downward, and the explorer's MVC split
 * (model and session know no controls; views know no commands; nothing reaches back up to the
 * composition root).
 */
class ArchitectureTest {
    private static final String APP = "dev.clausius.app";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.clausius");
    }

    @Test
    void onlyLinalgTouchesNd4jOrOpenBlas() {
        noClasses().that().resideOutsideOfPackage("dev.clausius.linalg..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.bytedeco..", "dev.ludovic..",
                        "org.netlib..")
                .check(classes);
    }

    @Test
    void onlyTheAppTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackage(APP + "..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..")
                .check(classes);
    }

    @Test
    void physicsNeverDependsOnTheFrontEnds() {
        noClasses().that().resideInAnyPackage("dev.clausius.linalg..", "dev.clausius.quantum..",
                        "dev.clausius.dynamics..", "dev.clausius.thermo..", "dev.clausius.preset..")
                .should().dependOnClassesThat().resideInAnyPackage(APP + "..", "dev.clausius.cli..",
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

    @Test
    void noCyclesBetweenTopLevelPackages() {
        slices().matching("dev.clausius.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Colours and dashes are leaves every figure uses: they know no figure. */
    @Test
    void theFiguresLookKnowsNoFigure() {
        noClasses().that().resideInAPackage("dev.clausius.figures.look..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clausius.figures", "dev.clausius.figures.scene..",
                        "dev.clausius.figures.sweep..", "dev.clausius.figures.axis..", "dev.clausius.figures.describe..")
                .check(classes);
    }

    @Test
    void theExplorerNeverDependsOnTheCommandLine() {
        noClasses().that().resideInAPackage(APP + "..")
                .should().dependOnClassesThat().resideInAPackage("dev.clausius.cli..")
                .check(classes);
    }

    /** The export path is shared by the explorer and the command line, so it may know neither. */
    @Test
    void exportKnowsNeitherFrontEndNorJavaFx() {
        noClasses().that().resideInAPackage("dev.clausius.export..")
                .should().dependOnClassesThat().resideInAnyPackage(APP + "..", "dev.clausius.cli..", "javafx..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenTheExplorersPackages() {
        // every package its own slice: view and view.chart, too
        slices().matching(APP + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void nothingReachesBackUpToTheCompositionRoot() {
        noClasses().that().resideInAPackage(APP + ".*..")
                .should().dependOnClassesThat().resideInAPackage(APP)
                .check(classes);
    }

    @Test
    void modelAndSessionKnowNoControlsNoWindowsAndNoCharts() {
        noClasses().that().resideInAnyPackage(APP + ".model..", APP + ".session..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.jfree..")
                .check(classes);
    }

    /** The OS's folders and the shipped presets are decided without JavaFX, so tests cover every OS headless. */
    @Test
    void theHostConventionsKnowNoJavaFxAndNoOtherExplorerPackage() {
        noClasses().that().resideInAPackage(APP + ".host..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", APP, APP + ".model..", APP + ".session..",
                        APP + ".view..", APP + ".control..", APP + ".exporter..", APP + ".tour..", APP + ".diagnostics..")
                .check(classes);
    }

    @Test
    void theModelKnowsNoSessionAndNoView() {
        noClasses().that().resideInAPackage(APP + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage(APP + ".session..", APP + ".view..",
                        APP + ".control..", APP + ".exporter..", APP + ".tour..", APP + ".diagnostics..")
                .check(classes);
    }

    @Test
    void viewsOfferHooksAndOwnNoCommands() {
        noClasses().that().resideInAPackage(APP + ".view..")
                .should().dependOnClassesThat().resideInAnyPackage(APP + ".control..", APP + ".exporter..",
                        APP + ".tour..", APP + ".diagnostics..")
                .check(classes);
    }

    @Test
    void theExplorerDoesNotReachIntoThePhysicsInternals() {
        noClasses().that().resideInAPackage(APP + "..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clausius.linalg..", "dev.clausius.quantum..")
                .check(classes);
    }
}
