package dev.clausius.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The explorer's MVC split (README, Packages), checked rather than hoped for. */
class AppLayeringTest {

    private final JavaClasses app = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.clausius.app");

    @Test
    void theModelKnowsNoControlsAndNoCharts() {
        noClasses().that().haveSimpleNameStartingWith("SimulationModel")
                .or().haveSimpleNameStartingWith("FrameProducer")
                .or().haveSimpleNameStartingWith("FrameRateMeter")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.jfree..")
                .check(app);
    }

    @Test
    void theUiLayerDoesNotReachIntoThePhysicsInternals() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dev.clausius.linalg..", "dev.clausius.quantum..", "org.nd4j..")
                .check(app);
    }
}
