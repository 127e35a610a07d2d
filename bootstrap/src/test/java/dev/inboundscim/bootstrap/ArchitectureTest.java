package dev.inboundscim.bootstrap;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module table of DEVELOPERS.md and the use-case shape of STYLE.md as executable rules over the production
 * classes of every module; the same rules, over the hexagon planted in {@code archviolation}, must catch each
 * planted breach and nothing else.
 */
class ArchitectureTest {

    private static final String FIXTURE = "dev.inboundscim.bootstrap.archviolation";
    private static final HexagonRules RULES = new HexagonRules("dev.inboundscim");
    private static final HexagonRules FIXTURE_RULES = new HexagonRules(FIXTURE);

    private static JavaClasses production;
    private static JavaClasses planted;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Maven puts other modules' test-jars (the contract suites) on this classpath: not production code.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.inboundscim");
        planted = new ClassFileImporter().importPackages(FIXTURE);
    }

    @Test
    void layersFollowTheModuleTableAndContainEveryClass() {
        RULES.layers().check(production);
    }

    @Test
    void domainDependsOnlyOnTheJdk() {
        RULES.domainUsesOnlyItselfAndTheJdk().check(production);
    }

    @Test
    void applicationDependsOnlyOnDomainAndTheJdk() {
        RULES.applicationUsesOnlyDomainAndTheJdk().check(production);
    }

    @Test
    void portsDoNotDependOnServices() {
        RULES.portsDoNotDependOnServices().check(production);
    }

    @Test
    void adaptersReachTheApplicationOnlyThroughPorts() {
        RULES.adaptersUseOnlyThePorts().check(production);
    }

    @Test
    void mapstructStaysInTheHttpAdapter() {
        RULES.mapstructOnlyInTheHttpAdapter().check(production);
    }

    @Test
    void packagesHaveNoCycles() {
        RULES.noPackageCycles().check(production);
    }

    @Test
    void eachServiceImplementsExactlyOneInputPort() {
        RULES.servicesImplementExactlyOneInputPort().check(production);
    }

    @Test
    void eachInputPortHasExactlyOneService() {
        RULES.inputPortsHaveExactlyOneService().check(production);
    }

    @Test
    void inputPortsAreUseCaseInterfacesBesideRecords() {
        assertAll(() -> RULES.inputPortsAreUseCaseInterfaces().check(production),
                () -> RULES.useCasesAreTopLevelInputPorts().check(production),
                () -> RULES.inputPortValuesAreRecords().check(production));
    }

    @Test
    void outputPortsAreNamedForTheirRole() {
        assertAll(() -> RULES.outputPortsAreNamedForTheirRole().check(production),
                () -> RULES.repositoryInterfacesAreOutputPorts().check(production));
    }

    @Test
    void servicesAreFinalAndLiveInTheServicePackage() {
        assertAll(() -> RULES.servicesLiveInTheServicePackage().check(production),
                () -> RULES.servicesAreFinal().check(production));
    }

    @Test
    void outputPortsAreImplementedByAdaptersNamedForTheirTechnology() {
        assertAll(() -> RULES.outputPortsOutsideTheApplicationAreOutboundAdapters().check(production),
                () -> RULES.outputAdaptersAreNamedTechnologyPlusPort("postgres", "Postgres").check(production),
                () -> RULES.outputAdaptersAreNamedTechnologyPlusPort("mongo", "Mongo").check(production),
                () -> RULES.outputAdaptersAreNamedTechnologyPlusPort("http", "Http", "Nimbus").check(production));
    }

    @Test
    void theFixtureObeysEveryRuleOncePlantedClassesAreLeftOut() {
        JavaClasses clean = new ClassFileImporter().withImportOption(location -> !location.contains("/Planted"))
                .importPackages(FIXTURE);
        assertTrue(clean.stream().noneMatch(type -> type.getSimpleName().startsWith("Planted")));
        assertAll(FIXTURE_RULES.all().stream().map(rule -> () -> rule.check(clean)));
    }

    @Test
    void domainRuleCatchesTheDomainTypeThatUsesHelidon() {
        assertCaught(HexagonRules::domainUsesOnlyItselfAndTheJdk,
                "PlantedDomainType.server()", "io.helidon.webserver.WebServer");
    }

    @Test
    void layerRuleCatchesAnAdapterThatCallsAService() {
        assertCaught(HexagonRules::layers, "archviolation.adapter.out.postgres.PlantedServiceCaller.call(",
                "archviolation.application.service.RenameThingService");
    }

    @Test
    void layerRuleCatchesAPortThatDependsOnAService() {
        assertCaught(HexagonRules::layers, "archviolation.application.port.out.PlantedServiceHandle",
                "archviolation.application.service.RenameThingService");
    }

    @Test
    void layerRuleCatchesAClassOutsideEveryLayer() {
        assertCaught(HexagonRules::layers, "archviolation.stray.PlantedStray> is not contained in architecture");
    }

    @Test
    void portRuleCatchesAPortThatDependsOnAService() {
        assertCaught(HexagonRules::portsDoNotDependOnServices, "PlantedServiceHandle", "RenameThingService");
    }

    @Test
    void adapterRuleCatchesAnAdapterThatCallsAService() {
        assertCaught(HexagonRules::adaptersUseOnlyThePorts, "PlantedServiceCaller.call(", "RenameThingService");
    }

    @Test
    void serviceRuleCatchesAServiceWithoutAnInputPort() {
        assertCaught(HexagonRules::servicesImplementExactlyOneInputPort,
                "archviolation.application.service.PlantedPortlessService> implements 0 input ports");
    }

    @Test
    void outputPortNamingRuleCatchesAPortNamedForNoRole() {
        assertCaught(HexagonRules::outputPortsAreNamedForTheirRole,
                "archviolation.application.port.out.PlantedThingGateway> has a simple name ending with none of");
    }

    @Test
    void adapterNamingRuleCatchesAnAdapterNotNamedTechnologyPlusPort() {
        assertCaught(rules -> rules.outputAdaptersAreNamedTechnologyPlusPort("mongo", "Mongo"),
                "archviolation.adapter.out.mongo.PlantedThingStore> implements", "is not named MongoThingRepository");
    }

    /**
     * Checks one rule of the fixture's: it must fail naming each expected fragment, and every violation it reports
     * must start at a planted class, so the rule is precise as well as able to fail.
     */
    private static void assertCaught(Function<HexagonRules, ArchRule> rule, String... expected) {
        ArchRule fixtureRule = rule.apply(FIXTURE_RULES);
        AssertionError error = assertThrows(AssertionError.class, () -> fixtureRule.check(planted));
        for (String fragment : expected) {
            assertTrue(error.getMessage().contains(fragment), () -> "no <" + fragment + "> in " + error.getMessage());
        }
        List<String> unplanted = fixtureRule.evaluate(planted).getFailureReport().getDetails().stream()
                .filter(violation -> !origin(violation).contains(".Planted")).toList();
        assertEquals(List.of(), unplanted, "violations from classes that were not planted");
    }

    /** The element a violation starts at: ArchUnit names it first, in angle brackets. */
    private static String origin(String violation) {
        int start = violation.indexOf('<');
        int end = violation.indexOf('>', start + 1);
        return start < 0 || end < 0 ? "" : violation.substring(start + 1, end);
    }
}
