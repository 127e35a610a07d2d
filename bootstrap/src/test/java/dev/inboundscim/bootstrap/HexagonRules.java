package dev.inboundscim.bootstrap;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.core.domain.JavaModifier.FINAL;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;

/**
 * The hexagon's rules over one base package, so the same builders check the production code
 * ({@code dev.inboundscim}) and the planted fixture ({@code dev.inboundscim.bootstrap.archviolation}).
 * Every rule refuses to pass on an empty selection: a rule that matches nothing proves nothing.
 */
final class HexagonRules {

    /** Role nouns of outbound ports besides repositories; STYLE.md asks new ones to end in {@code Port}. */
    private static final List<String> OUTPUT_PORT_SUFFIXES =
            List.of("Repository", "Port", "Store", "Sink", "Sender", "Signer", "Changes");

    private final String base;
    private final String domain;
    private final String application;
    private final String inputPorts;
    private final String outputPorts;
    private final String services;
    private final String adapters;

    HexagonRules(String base) {
        this.base = base;
        this.domain = base + ".domain..";
        this.application = base + ".application..";
        this.inputPorts = base + ".application.port.in..";
        this.outputPorts = base + ".application.port.out..";
        this.services = base + ".application.service..";
        this.adapters = base + ".adapter..";
    }

    /** Every rule, for checking a whole code base at once. */
    List<ArchRule> all() {
        return List.of(layers(), domainUsesOnlyItselfAndTheJdk(), applicationUsesOnlyDomainAndTheJdk(),
                portsDoNotDependOnServices(), adaptersUseOnlyThePorts(), mapstructOnlyInTheHttpAdapter(),
                noPackageCycles(), servicesImplementExactlyOneInputPort(), inputPortsHaveExactlyOneService(),
                inputPortsAreUseCaseInterfaces(), useCasesAreTopLevelInputPorts(), inputPortValuesAreRecords(),
                outputPortsAreNamedForTheirRole(), repositoryInterfacesAreOutputPorts(),
                servicesLiveInTheServicePackage(), servicesAreFinal(),
                outputPortsOutsideTheApplicationAreOutboundAdapters(),
                outputAdaptersAreNamedTechnologyPlusPort("postgres", "Postgres"),
                outputAdaptersAreNamedTechnologyPlusPort("mongo", "Mongo"),
                outputAdaptersAreNamedTechnologyPlusPort("http", "Http", "Nimbus"));
    }

    /** The module table, one layer per package root; every class must be in a layer and every layer non-empty. */
    ArchRule layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .layer("Domain").definedBy(domain)
                .layer("Settings").definedBy(base + ".application")
                .layer("InputPorts").definedBy(inputPorts)
                .layer("OutputPorts").definedBy(outputPorts)
                .layer("Services").definedBy(services)
                .layer("HttpInAdapter").definedBy(base + ".adapter.in.http..")
                .layer("HttpOutAdapter").definedBy(base + ".adapter.out.http..")
                .layer("PostgresAdapter").definedBy(base + ".adapter.out.postgres..")
                .layer("MongoAdapter").definedBy(base + ".adapter.out.mongo..")
                .layer("Bootstrap").definedBy(base + ".bootstrap..")
                .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
                .whereLayer("HttpInAdapter").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("HttpOutAdapter").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("PostgresAdapter").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("MongoAdapter").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Settings").mayOnlyBeAccessedByLayers("Services", "Bootstrap")
                .whereLayer("InputPorts").mayOnlyBeAccessedByLayers("Services", "HttpInAdapter", "Bootstrap")
                .whereLayer("OutputPorts").mayOnlyBeAccessedByLayers("Services", "HttpOutAdapter", "PostgresAdapter",
                        "MongoAdapter", "Bootstrap")
                .whereLayer("Domain").mayNotAccessAnyLayer()
                .because("the hexagon's dependencies point inwards: driving adapters call input ports, driven adapters"
                        + " implement output ports, services are reached only through ports and wired only by"
                        + " bootstrap, and no adapter knows another")
                .allowEmptyShould(false);
    }

    ArchRule domainUsesOnlyItselfAndTheJdk() {
        return classes().that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage(domain, "java..")
                .because("the domain is pure Java so every adapter can share it")
                .allowEmptyShould(false);
    }

    ArchRule applicationUsesOnlyDomainAndTheJdk() {
        return classes().that().resideInAPackage(application)
                .should().onlyDependOnClassesThat().resideInAnyPackage(application, domain, "java..")
                .because("use cases must not depend on a framework or a database")
                .allowEmptyShould(false);
    }

    ArchRule portsDoNotDependOnServices() {
        return noClasses().that().resideInAnyPackage(inputPorts, outputPorts)
                .should().dependOnClassesThat().resideInAPackage(services)
                .because("a port is the contract a service fulfils or uses, so it cannot know any service")
                .allowEmptyShould(false);
    }

    ArchRule adaptersUseOnlyThePorts() {
        return noClasses().that().resideInAPackage(adapters)
                .should().dependOnClassesThat(resideInAPackage(application)
                        .and(resideOutsideOfPackages(inputPorts, outputPorts)))
                .because("an adapter reaches the application through its ports only: services and settings are"
                        + " bootstrap's to build and wire")
                .allowEmptyShould(false);
    }

    ArchRule mapstructOnlyInTheHttpAdapter() {
        return noClasses().that().resideOutsideOfPackage(base + ".adapter.in.http..")
                .should().dependOnClassesThat().resideInAPackage("org.mapstruct..")
                .because("MapStruct copies DTOs at the HTTP edge only; domain mapping is hand-written")
                .allowEmptyShould(false);
    }

    ArchRule noPackageCycles() {
        return slices().matching(base + ".(**)").should().beFreeOfCycles()
                .because("package cycles make modules impossible to split or reason about")
                .allowEmptyShould(false);
    }

    ArchRule servicesImplementExactlyOneInputPort() {
        return classes().that().resideInAPackage(services).and().haveSimpleNameEndingWith("Service")
                .should(implementExactlyOneInputPort())
                .because("one use case per class: a service implementing several ports is a holder in disguise")
                .allowEmptyShould(false);
    }

    ArchRule inputPortsHaveExactlyOneService() {
        return classes().that(areInputPorts())
                .should(beImplementedByExactlyOneService())
                .because("each use case has one implementation, a *Service, which bootstrap wires")
                .allowEmptyShould(false);
    }

    ArchRule inputPortsAreUseCaseInterfaces() {
        return classes().that().resideInAPackage(inputPorts).and().areTopLevelClasses()
                .and().areInterfaces().and().areNotAnnotations()
                .should().haveSimpleNameEndingWith("UseCase")
                .because("input ports are the use cases, and their names say so")
                .allowEmptyShould(false);
    }

    ArchRule useCasesAreTopLevelInputPorts() {
        return classes().that().haveSimpleNameEndingWith("UseCase")
                .should().beInterfaces().andShould().beTopLevelClasses().andShould().resideInAPackage(inputPorts)
                .because("a *UseCase is an input port: an interface of its own in application.port.in")
                .allowEmptyShould(false);
    }

    ArchRule inputPortValuesAreRecords() {
        return classes().that().resideInAPackage(inputPorts).and().areTopLevelClasses().and().areNotInterfaces()
                .should().beRecords()
                .because("beside its use cases an input port package holds only the views and commands they"
                        + " exchange, as immutable records")
                .allowEmptyShould(false);
    }

    ArchRule outputPortsAreNamedForTheirRole() {
        return classes().that().resideInAPackage(outputPorts).and().areTopLevelClasses()
                .and(areOutputPorts())
                .should(haveSimpleNameEndingWithOneOf(OUTPUT_PORT_SUFFIXES))
                .because("an outbound port is one repository per aggregate, or names its role; new ones end in Port")
                .allowEmptyShould(false);
    }

    ArchRule repositoryInterfacesAreOutputPorts() {
        return classes().that().areInterfaces().and().haveSimpleNameEndingWith("Repository")
                .should().resideInAPackage(outputPorts)
                .because("a repository interface is an outbound port; only its implementations live in adapters")
                .allowEmptyShould(false);
    }

    ArchRule servicesLiveInTheServicePackage() {
        return classes().that().haveSimpleNameEndingWith("Service")
                .should().resideInAPackage(services)
                .because("a *Service implements a use case, and use cases are implemented in application.service")
                .allowEmptyShould(false);
    }

    ArchRule servicesAreFinal() {
        return classes().that().resideInAPackage(services).and().haveSimpleNameEndingWith("Service")
                .should().haveModifier(FINAL)
                .because("a service is composed by bootstrap, never extended")
                .allowEmptyShould(false);
    }

    ArchRule outputPortsOutsideTheApplicationAreOutboundAdapters() {
        return classes().that(implementAnOutputPort()).and().resideOutsideOfPackage(application)
                .should().resideInAPackage(base + ".adapter.out..")
                .because("a driven adapter is the only thing outside the application that fulfils an output port")
                .allowEmptyShould(false);
    }

    /** Classes in {@code adapter.out.<technology>} that implement an output port are named technology + port. */
    ArchRule outputAdaptersAreNamedTechnologyPlusPort(String adapterPackage, String... technologies) {
        return classes().that().resideInAPackage(base + ".adapter.out." + adapterPackage + "..")
                .and(implementAnOutputPort())
                .should(beNamedTechnologyPlusPort(List.of(technologies)))
                .because("adapters are technology + port (PostgresUserRepository), so a reader finds the"
                        + " implementation of a port per store by name")
                .allowEmptyShould(false);
    }

    private boolean isInputPort(JavaClass type) {
        return type.isInterface() && type.getSimpleName().endsWith("UseCase")
                && PackageMatcher.of(inputPorts).matches(type.getPackageName());
    }

    /**
     * An interface in port.out that an adapter could implement: not an annotation, and not sealed, since a sealed
     * interface is a closed set of values (STYLE.md) that no other module may implement.
     */
    private boolean isOutputPort(JavaClass type) {
        return type.isInterface() && !type.isAnnotation()
                && type.getPermittedSubclasses().map(Set::isEmpty).orElse(true)
                && PackageMatcher.of(outputPorts).matches(type.getPackageName());
    }

    private boolean isService(JavaClass type) {
        return type.getSimpleName().endsWith("Service") && PackageMatcher.of(services).matches(type.getPackageName());
    }

    private List<JavaClass> inputPortsOf(JavaClass type) {
        return type.getAllRawInterfaces().stream().filter(this::isInputPort).toList();
    }

    private List<JavaClass> outputPortsOf(JavaClass type) {
        return type.getAllRawInterfaces().stream().filter(this::isOutputPort).toList();
    }

    private DescribedPredicate<JavaClass> areInputPorts() {
        return DescribedPredicate.describe("are input ports (*UseCase interfaces in " + inputPorts + ")",
                this::isInputPort);
    }

    private DescribedPredicate<JavaClass> areOutputPorts() {
        return DescribedPredicate.describe("are output ports (interfaces in " + outputPorts
                + " that are neither annotations nor sealed)", this::isOutputPort);
    }

    private DescribedPredicate<JavaClass> implementAnOutputPort() {
        return DescribedPredicate.describe("implement an output port",
                type -> !type.isInterface() && !outputPortsOf(type).isEmpty());
    }

    private ArchCondition<JavaClass> implementExactlyOneInputPort() {
        return new ArchCondition<>("implement exactly one input port") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                List<String> ports = inputPortsOf(service).stream().map(JavaClass::getName).toList();
                events.add(new SimpleConditionEvent(service, ports.size() == 1,
                        "Class <%s> implements %d input ports %s".formatted(service.getName(), ports.size(), ports)));
            }
        };
    }

    private ArchCondition<JavaClass> beImplementedByExactlyOneService() {
        return new ArchCondition<>("be implemented by exactly one *Service in " + services + " and nothing else") {
            @Override
            public void check(JavaClass port, ConditionEvents events) {
                List<JavaClass> implementations = port.getAllSubclasses().stream()
                        .filter(type -> !type.isInterface()).toList();
                boolean satisfied = implementations.size() == 1 && isService(implementations.get(0));
                events.add(new SimpleConditionEvent(port, satisfied, "Input port <%s> is implemented by %s"
                        .formatted(port.getName(), implementations.stream().map(JavaClass::getName).toList())));
            }
        };
    }

    private static ArchCondition<JavaClass> haveSimpleNameEndingWithOneOf(List<String> suffixes) {
        return new ArchCondition<>("have simple name ending with one of " + suffixes) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean satisfied = suffixes.stream().anyMatch(type.getSimpleName()::endsWith);
                events.add(new SimpleConditionEvent(type, satisfied,
                        "Class <%s> has a simple name ending with none of %s".formatted(type.getName(), suffixes)));
            }
        };
    }

    private ArchCondition<JavaClass> beNamedTechnologyPlusPort(List<String> technologies) {
        return new ArchCondition<>("be named <technology><port> with technology one of " + technologies) {
            @Override
            public void check(JavaClass adapter, ConditionEvents events) {
                List<String> expected = outputPortsOf(adapter).stream()
                        .flatMap(port -> technologies.stream().map(technology -> technology + port.getSimpleName()))
                        .toList();
                boolean satisfied = expected.contains(adapter.getSimpleName());
                events.add(new SimpleConditionEvent(adapter, satisfied, "Class <%s> implements %s but is not named %s"
                        .formatted(adapter.getName(), outputPortsOf(adapter).stream().map(JavaClass::getName).toList(),
                                String.join(" or ", expected))));
            }
        };
    }
}
