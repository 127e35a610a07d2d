package dev.inboundscim.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.inboundscim.bootstrap.archviolation.PlantedDomainType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module table of DEVELOPERS.md as executable rules over the production classes of every module. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Maven puts other modules' test-jars (the contract suites) on this classpath: not production code.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.inboundscim");
    }

    static ArchRule layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Domain").definedBy("dev.inboundscim.domain..")
                .layer("Application").definedBy("dev.inboundscim.application..")
                .layer("HttpAdapter").definedBy("dev.inboundscim.adapter.in.http..", "dev.inboundscim.adapter.out.http..")
                .layer("PostgresAdapter").definedBy("dev.inboundscim.adapter.out.postgres..")
                .layer("MongoAdapter").definedBy("dev.inboundscim.adapter.out.mongo..")
                .layer("Bootstrap").definedBy("dev.inboundscim.bootstrap..")
                .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
                .whereLayer("HttpAdapter").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("PostgresAdapter").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("MongoAdapter").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Application").mayOnlyBeAccessedByLayers("HttpAdapter", "PostgresAdapter",
                        "MongoAdapter", "Bootstrap")
                .because("the hexagon's dependencies point inwards: adapters know the application, never each other");
    }

    static ArchRule domainUsesOnlyTheJdk() {
        return usesOnlyItselfAndTheJdk("dev.inboundscim.domain..");
    }

    static ArchRule usesOnlyItselfAndTheJdk(String packages) {
        return classes().that().resideInAPackage(packages)
                .should().onlyDependOnClassesThat().resideInAnyPackage(packages, "java..")
                .because("the domain is pure Java so every adapter can share it");
    }

    static ArchRule applicationUsesOnlyDomainAndJdk() {
        return classes().that().resideInAPackage("dev.inboundscim.application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("dev.inboundscim.application..", "dev.inboundscim.domain..", "java..")
                .because("use cases must not depend on a framework or a database");
    }

    static ArchRule mapstructOnlyInHttpAdapter() {
        return noClasses().that().resideOutsideOfPackage("dev.inboundscim.adapter.in.http..")
                .should().dependOnClassesThat().resideInAPackage("org.mapstruct..")
                .because("MapStruct copies DTOs at the HTTP edge only; domain mapping is hand-written");
    }

    static ArchRule noPackageCycles() {
        return slices().matching("dev.inboundscim.(**)").should().beFreeOfCycles()
                .because("package cycles make modules impossible to split or reason about");
    }

    @Test
    void layersFollowTheModuleTable() {
        layers().check(production);
    }

    @Test
    void domainDependsOnlyOnTheJdk() {
        domainUsesOnlyTheJdk().check(production);
    }

    @Test
    void applicationDependsOnlyOnDomainAndTheJdk() {
        applicationUsesOnlyDomainAndJdk().check(production);
    }

    @Test
    void mapstructStaysInTheHttpAdapter() {
        mapstructOnlyInHttpAdapter().check(production);
    }

    @Test
    void packagesHaveNoCycles() {
        noPackageCycles().check(production);
    }

    @Test
    void catchesAPlantedViolation() {
        JavaClasses planted = new ClassFileImporter().importPackages("dev.inboundscim.bootstrap.archviolation");
        assertTrue(planted.contain(PlantedDomainType.class), "the planted violation must be imported");
        AssertionError error = assertThrows(AssertionError.class,
                () -> usesOnlyItselfAndTheJdk("dev.inboundscim.bootstrap.archviolation..").check(planted));
        assertTrue(error.getMessage().contains("PlantedDomainType"), error.getMessage());
        assertTrue(error.getMessage().contains("io.helidon.webserver.WebServer"), error.getMessage());
    }
}
