package io.annalist.workspace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * What the analyst has open and how they look at it is held without a node: the session, its
 * view and history, and the task tracker never reach the scene graph, so they are tested
 * (and could be driven) without a window.
 */
class SessionArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.annalist.workspace");

    @Test
    void theSessionItsViewAndTheTaskTrackerHoldNoNodes() {
        noClasses().that().haveNameMatching("io\\.annalist\\.workspace\\.(Session|ViewState|History|TaskTracker)"
                        + "(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.controlsfx..")
                .check(CLASSES);
    }
}
