package cn.warmledger.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of design.md, held by tests: UI → service → repository (jOOQ) → H2, never back. */
@AnalyzeClasses(packages = "cn.warmledger", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("Launcher").definedBy("cn.warmledger")
            .layer("Domain").definedBy("cn.warmledger.domain..")
            .layer("Persistence").definedBy("cn.warmledger.persistence..")
            .layer("Excel").definedBy("cn.warmledger.excel..")
            .layer("Transport").definedBy("cn.warmledger.transport..")
            .layer("Service").definedBy("cn.warmledger.service..")
            .layer("Ui").definedBy("cn.warmledger.ui..")
            .layer("Cli").definedBy("cn.warmledger.cli..")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "Cli", "Launcher")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Excel").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Transport").mayOnlyBeAccessedByLayers("Service")
            .because("data flows UI → service → repository → H2 and never back (design.md, Shape of the code)");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("cn.warmledger.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.apache.poi..",
                    "java.sql..", "cn.warmledger.persistence..", "cn.warmledger.service..")
            .because("the domain holds records, enums and checks that every layer can use without a window or a database");

    @ArchTest
    static final ArchRule javaFxOnlyInUi = noClasses().that().resideOutsideOfPackage("cn.warmledger.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("view models and screens live in ui; services must run headless for the command line");

    @ArchTest
    static final ArchRule sqlOnlyInPersistence = noClasses().that().resideOutsideOfPackage("cn.warmledger.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.h2..", "org.flywaydb..")
            .because("SQL lives in the repositories; the schema's truth is the Flyway migrations");

    @ArchTest
    static final ArchRule poiOnlyInExcel = noClasses().that().resideOutsideOfPackage("cn.warmledger.excel..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.jxls..")
            .because("spreadsheet reading and writing is one layer, so every output goes through one engine");

    /** The one dialog/window façade (guide: "one dialog/window façade"), with its nested classes. */
    private static final String DIALOGS = "cn.warmledger.ui.common.Dialogs";

    /** JavaFX windows a view could make on its own: stages, alerts and other dialogs, file and folder choosers. */
    private static final List<String> WINDOW_TYPES = List.of("javafx.stage.Stage", "javafx.scene.control.Dialog",
            "javafx.stage.FileChooser", "javafx.stage.DirectoryChooser");

    /** Calls that open a window: a window's constructor, or a print or page-setup dialog (JavaFX, AWT, javax.print). */
    private static final DescribedPredicate<JavaCall<?>> OPENS_A_WINDOW = describe(
            "open a window (Stage, Alert or other Dialog, FileChooser, DirectoryChooser, a print dialog)", call -> {
                JavaClass owner = call.getTargetOwner();
                if (call instanceof JavaConstructorCall) {
                    return WINDOW_TYPES.stream().anyMatch(owner::isAssignableTo);
                }
                String name = call.getName();
                return owner.isAssignableTo("javafx.print.PrinterJob")
                        && (name.equals("showPrintDialog") || name.equals("showPageSetupDialog"))
                        || owner.isAssignableTo("java.awt.print.PrinterJob")
                        && (name.equals("printDialog") || name.equals("pageDialog"))
                        || owner.isAssignableTo("javax.print.ServiceUI") && name.equals("printDialog");
            });

    @ArchTest
    static final ArchRule onlyDialogsOpensWindows = noClasses()
            .that(describe("are not " + DIALOGS, (JavaClass c) -> !c.getName().equals(DIALOGS)
                    && !c.getName().startsWith(DIALOGS + "$")))
            .should().callCodeUnitWhere(OPENS_A_WINDOW)
            .because("one façade owns every window (owner, modality, fonts, ids the GUI tests find, the test robot's"
                    + " headless mode); a view asks Dialogs for a window, a print dialog or a file chooser");

    @ArchTest
    static final ArchRule uiFeaturesDoNotImportEachOther = slices().matching("cn.warmledger.ui.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage("cn.warmledger.ui.shell.."), DescribedPredicate.alwaysTrue())
            .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage("cn.warmledger.ui.common.."))
            .because("a screen's package holds the whole screen, so a change to one screen stays in one package:"
                    + " parts two screens share live in ui.common, and a screen that opens another's window is handed"
                    + " a callback by ui.shell, the composition root that assembles every screen and so alone may"
                    + " know them all (ui.tour finds screens by their node ids and needs no import either)");

    @ArchTest
    static final ArchRule viewModelsHaveNoScene = noClasses().that().haveNameMatching(".*ViewModel(\\$.*)?")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("a view model is tested without a window: it holds state in javafx.beans properties and"
                    + " javafx.collections lists, and the view alone builds controls, images and scenes from them");

    @ArchTest
    static final ArchRule serviceFeaturesFreeOfCycles = slices().matching("cn.warmledger.service.(*)..")
            .should().beFreeOfCycles()
            .because("service feature packages depend downward only (ADR 17-1), so each feature can be read and"
                    + " changed from its own package down, never round a circle");
}
