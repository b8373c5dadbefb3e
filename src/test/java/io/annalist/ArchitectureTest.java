package io.annalist;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers stay apart: model and io know nothing of the screen; the model knows nothing of
 * JSON; the analyst's marks are plain values, free even of JavaFX.
 */
@org.junit.jupiter.api.Tag("toolkit")
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.annalist");

    @Test
    void modelAndIoUseNoUi() {
        noClasses().that().resideInAnyPackage("io.annalist.model..", "io.annalist.io..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "org.controlsfx..", "java.awt..", "javax.swing..")
                .check(CLASSES);
    }

    @Test
    void modelIsFreeOfJsonAndOfTheOtherLayers() {
        noClasses().that().resideInAPackage("io.annalist.model..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "io.annalist.io..",
                        "io.annalist.workspace..", "io.annalist.timeline..", "io.annalist.cli..")
                .check(CLASSES);
    }

    @Test
    void theAnalystsMarksAreFreeOfUiFilesAndTheWindow() {
        noClasses().that().resideInAPackage("io.annalist.marks..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "java.awt..",
                        "javax.swing..", "com.fasterxml..", "io.annalist.io..", "io.annalist.workspace..",
                        "io.annalist.timeline..", "io.annalist.export..", "io.annalist.cli..")
                .check(CLASSES);
    }

    @Test
    void theRecordOfChangesIsPlainValues() {
        noClasses().that().resideInAPackage("io.annalist.changes..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "java.awt..",
                        "javax.swing..", "com.fasterxml..", "io.annalist.io..", "io.annalist.marks..",
                        "io.annalist.editing..", "io.annalist.workspace..", "io.annalist.timeline..",
                        "io.annalist.export..", "io.annalist.cli..")
                .check(CLASSES);
    }

    @Test
    void editingIsAModelWithoutTheWindow() {
        noClasses().that().resideInAPackage("io.annalist.editing..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "java.awt..",
                        "javax.swing..", "io.annalist.workspace..", "io.annalist.timeline..", "io.annalist.export..",
                        "io.annalist.cli..", "io.annalist.map..")
                .check(CLASSES);
    }

    @Test
    void theModelKnowsMarksOnlyThroughItsOwnLookup() {
        noClasses().that().resideInAPackage("io.annalist.model..")
                .should().dependOnClassesThat().resideInAPackage("io.annalist.marks..")
                .check(CLASSES);
    }

    @Test
    void theMapsModelUsesNoUi() {
        // Geometry, projection, placement, clustering and the Place filter: io.annalist.map itself; the
        // control and its painter live in io.annalist.map.view.
        noClasses().that().resideInAPackage("io.annalist.map")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "org.controlsfx..", "java.awt..", "javax.swing..",
                        "io.annalist.workspace..", "io.annalist.timeline..", "io.annalist.export..",
                        "io.annalist.cli..", "io.annalist.map.view..")
                .check(CLASSES);
    }

    @Test
    void ioDoesNotReachIntoTheWindow() {
        noClasses().that().resideInAPackage("io.annalist.io..")
                .should().dependOnClassesThat().resideInAnyPackage("io.annalist.workspace..", "io.annalist.timeline..",
                        "io.annalist.cli..")
                .check(CLASSES);
    }

    @Test
    void thePaintersDrawOnlyOnTheSurface() {
        // The lanes, the chrome and the vector surfaces never see a canvas: the screen, the PNG, the PDF and the SVG
        // get the same picture. (The painters' entry points keep a convenience overload that wraps a canvas.)
        noClasses().that().haveSimpleNameStartingWith("LanePainter").or().haveSimpleNameStartingWith("Chrome")
                .or().resideInAnyPackage("io.annalist.export.pdf..", "io.annalist.export.svg..")
                .or().haveSimpleNameStartingWith("VectorSurface").or().haveSimpleNameStartingWith("Surface")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene.canvas..")
                .check(CLASSES);
    }

    @Test
    void theDrawingInterfaceKnowsNothingOfWhatIsDrawn() {
        noClasses().that().resideInAPackage("io.annalist.draw..")
                .should().dependOnClassesThat().resideInAnyPackage("io.annalist.model..", "io.annalist.timeline..",
                        "io.annalist.map..", "io.annalist.export..", "io.annalist.workspace..", "io.annalist.cli..")
                .check(CLASSES);
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("io.annalist.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void exportsAndTheCommandLineNeverReachIntoTheWindow() {
        noClasses().that().resideInAnyPackage("io.annalist.export..", "io.annalist.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.annalist.workspace..")
                .check(CLASSES);
    }

    @Test
    void timeAndLaneArithmeticIsFreeOfTheSceneGraph() {
        noClasses().that().haveFullyQualifiedName("io.annalist.timeline.TimeScale")
                .or().haveFullyQualifiedName("io.annalist.timeline.EventIndex")
                .or().haveFullyQualifiedName("io.annalist.timeline.LaneStacking")
                .or().haveFullyQualifiedName("io.annalist.timeline.AxisTicks")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(CLASSES);
    }
}
