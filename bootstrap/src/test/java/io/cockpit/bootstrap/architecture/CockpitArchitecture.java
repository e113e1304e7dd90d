package io.cockpit.bootstrap.architecture;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules, each for a root package: {@code io.cockpit} for the product, a fixture root for the tests
 * that prove each rule can fail. Layers are mandatory and every rule fails on empty input, so no rule passes by
 * checking nothing.
 */
final class CockpitArchitecture {

    private CockpitArchitecture() {
    }

    /**
     * domain <- ports <- services <- adapters; adapters never depend on each other; generated code belongs to http.
     * The hexagon's ports are the onion's domain-services ring; bootstrap, the composition root, may use all.
     */
    static ArchRule onionLayers(String root) {
        return onionArchitecture()
                .domainModels(root + ".domain..")
                .domainServices(root + ".application.port..", root + ".application.paging..")
                .applicationServices(root + ".application.service..", root + ".application.security..")
                .adapter("http", root + ".adapters.http..", root + ".api..")
                .adapter("mysql", root + ".adapters.mysql..")
                .adapter("redis", root + ".adapters.redis..")
                .adapter("memory", root + ".adapters.memory..")
                .adapter("argon2", root + ".adapters.argon2..")
                .adapter("mail", root + ".adapters.mail..")
                .withOptionalLayers(false)
                .ignoreDependency(resideInAPackage(root + ".bootstrap.."), alwaysTrue())
                .because("ARCHITECTURE.md: domain <- application <- adapters/* <- bootstrap");
    }

    static ArchRule domainIsPureJava(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .because("the domain depends on java.* only");
    }

    static ArchRule applicationIsFrameworkFree(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..",
                        root + ".domain..", root + ".application..")
                .because("use cases depend on the domain and the JDK only");
    }

    static ArchRule generatedCodeStaysInTheHttpAdapter(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".api..", root + ".adapters.http..")
                .should().dependOnClassesThat().resideInAPackage(root + ".api..")
                .because("generated DTOs and handlers never leave adapters/http");
    }

    /** Each vendor SDK lives in exactly one adapter (Helidon: http and bootstrap). */
    static ArchRule vendorSdksStayInTheirAdapter(String root) {
        return CompositeArchRule.of(List.of(
                sdkOnlyIn(root, List.of("org.jdbi..", "org.flywaydb..", "com.zaxxer..", "com.mysql..", "org.h2..",
                        "java.sql.."), root + ".adapters.mysql.."),
                sdkOnlyIn(root, List.of("io.lettuce..", "io.netty.."), root + ".adapters.redis.."),
                sdkOnlyIn(root, List.of("com.networknt..", "com.fasterxml.jackson.."), root + ".adapters.http..",
                        root + ".api.."),
                sdkOnlyIn(root, List.of("io.helidon.."), root + ".adapters.http..", root + ".api..",
                        root + ".bootstrap.."),
                sdkOnlyIn(root, List.of("org.bouncycastle.."), root + ".adapters.argon2.."),
                sdkOnlyIn(root, List.of("jakarta.mail..", "org.eclipse.angus.."), root + ".adapters.mail..")));
    }

    private static ArchRule sdkOnlyIn(String root, List<String> sdk, String... allowed) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackages(allowed)
                .should().dependOnClassesThat().resideInAnyPackage(sdk.toArray(String[]::new))
                .because(String.join(", ", sdk) + " belong(s) in " + String.join(", ", allowed));
    }

    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    /** Ports, services and the MySQL and HTTP adapters are organised by capability, mirroring the domain. */
    static ArchRule classesLiveInCapabilityFolders(String root) {
        return CapabilityLayout.classesLiveInCapabilityFolders(root);
    }

    /** A capability's ports and adapters serve that capability; services reach other capabilities by their ports. */
    static ArchRule capabilitiesMeetThroughPorts(String root) {
        return CapabilityLayout.capabilitiesMeetThroughPorts(root);
    }

    static List<ArchRule> all(String root) {
        return List.of(onionLayers(root), domainIsPureJava(root), applicationIsFrameworkFree(root),
                generatedCodeStaysInTheHttpAdapter(root), vendorSdksStayInTheirAdapter(root), noPackageCycles(root),
                classesLiveInCapabilityFolders(root), capabilitiesMeetThroughPorts(root));
    }
}
