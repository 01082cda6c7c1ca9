package cn.warmledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

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
}
