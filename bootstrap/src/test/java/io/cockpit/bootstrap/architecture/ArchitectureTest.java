package io.cockpit.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The product keeps the architecture; each rule is shown to fail on a violating fixture and on empty input. */
class ArchitectureTest {

    private static final String PRODUCT = "io.cockpit";
    private static final String FIXTURES = "io.cockpit.archfixture";

    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");

    /** Test classes (this module's and the application test-jar) are not the product. */
    private static final ImportOption PRODUCT_CODE_ONLY = location -> !location.contains("/test-classes/")
            && !location.matches(TEST_JAR) && !location.contains("/archfixture/");

    private static final JavaClasses PRODUCT_CLASSES = new ClassFileImporter()
            .withImportOption(PRODUCT_CODE_ONLY)
            .importPackages(PRODUCT);

    static Stream<Function<String, ArchRule>> rules() {
        return Stream.of(CockpitArchitecture::onionLayers, CockpitArchitecture::domainIsPureJava,
                CockpitArchitecture::applicationIsFrameworkFree, CockpitArchitecture::generatedCodeStaysInTheHttpAdapter,
                CockpitArchitecture::vendorSdksStayInTheirAdapter, CockpitArchitecture::noPackageCycles,
                CockpitArchitecture::classesLiveInCapabilityFolders, CockpitArchitecture::capabilitiesMeetThroughPorts);
    }

    @Test
    void theProductIsWhatIsChecked() {
        assertThat(PRODUCT_CLASSES.containPackage("io.cockpit.domain.account")).isTrue();
        assertThat(PRODUCT_CLASSES.containPackage("io.cockpit.api.model")).isTrue();
        assertThat(PRODUCT_CLASSES.containPackage("io.cockpit.adapters.mysql")).isTrue();
        assertThat(PRODUCT_CLASSES.stream().map(c -> c.getPackageName())).noneMatch(p -> p.contains("archfixture"));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void theProductKeepsTheRule(Function<String, ArchRule> rule) {
        rule.apply(PRODUCT).check(PRODUCT_CLASSES);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void theRuleFailsOnEmptyInput(Function<String, ArchRule> rule) {
        JavaClasses nothing = new ClassFileImporter().importPackages("io.cockpit.nothing.here");

        assertThatThrownBy(() -> rule.apply("io.cockpit.nothing.here").check(nothing))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void onionLayersCatchADomainThatCallsTheApplication() {
        assertViolated(CockpitArchitecture::onionLayers, "onion", "domain.Order");
    }

    @Test
    void onionLayersCatchAnAdapterThatCallsAnotherAdapter() {
        assertViolated(CockpitArchitecture::onionLayers, "crossadapter", "adapters.mysql.OrderTable");
    }

    @Test
    void theDomainRuleCatchesAFrameworkInTheDomain() {
        assertViolated(CockpitArchitecture::domainIsPureJava, "impuredomain", "domain.Money");
    }

    @Test
    void theApplicationRuleCatchesAFrameworkInAUseCase() {
        assertViolated(CockpitArchitecture::applicationIsFrameworkFree, "frameworkapp", "application.OrderService");
    }

    @Test
    void theGeneratedCodeRuleCatchesADtoOutsideHttp() {
        assertViolated(CockpitArchitecture::generatedCodeStaysInTheHttpAdapter, "leakeddto", "bootstrap.Wiring");
    }

    @Test
    void theVendorRuleCatchesAnSdkInTheWrongAdapter() {
        assertViolated(CockpitArchitecture::vendorSdksStayInTheirAdapter, "strayvendor", "adapters.memory.Cache");
    }

    @Test
    void theVendorRuleCatchesSentryOutsideItsAdapter() {
        assertViolated(CockpitArchitecture::vendorSdksStayInTheirAdapter, "strayvendor",
                "adapters.posthog.CrashReports");
    }

    @Test
    void theVendorRuleCatchesPostHogOutsideItsAdapter() {
        assertViolated(CockpitArchitecture::vendorSdksStayInTheirAdapter, "strayvendor", "adapters.sentry.Funnel");
    }

    @Test
    void theVendorRuleCatchesTheInfluxClientOutsideTheInfluxAdapter() {
        assertViolated(CockpitArchitecture::vendorSdksStayInTheirAdapter, "strayvendor", "adapters.mysql.StrayPoints");
    }

    @Test
    void theCycleRuleCatchesACycle() {
        assertViolated(CockpitArchitecture::noPackageCycles, "cycle", "a.A");
    }

    @Test
    void theFolderRuleCatchesAServiceOutsideACapabilityFolder() {
        assertViolated(CockpitArchitecture::classesLiveInCapabilityFolders, "capabilityfolders",
                "application.service.TemplateService");
    }

    @Test
    void theFolderRuleCatchesAFolderNamedAfterNoCapability() {
        assertViolated(CockpitArchitecture::classesLiveInCapabilityFolders, "capabilityfolders",
                "adapters.mysql.labels.JdbiLabels");
    }

    @Test
    void theFolderRuleCatchesWiringOfAnUnknownCapability() {
        assertViolated(CockpitArchitecture::classesLiveInCapabilityFolders, "capabilityfolders",
                "bootstrap.capability.StatisticsCapability");
    }

    @Test
    void theFolderRuleAcceptsTheFixturesWellPlacedClasses() {
        String root = FIXTURES + ".capabilityfolders";
        assertThatThrownBy(() -> CockpitArchitecture.classesLiveInCapabilityFolders(root)
                .check(fixture("capabilityfolders")))
                .hasMessageContaining("was violated (3 times)");
    }

    @Test
    void thePortRuleCatchesAHandlerServingAnotherCapability() {
        assertViolated(CockpitArchitecture::capabilitiesMeetThroughPorts, "crosscapability",
                "adapters.http.label.LabelsApi");
    }

    @Test
    void thePortRuleCatchesARepositoryOfAnotherCapabilitysPort() {
        assertViolated(CockpitArchitecture::capabilitiesMeetThroughPorts, "crosscapability",
                "adapters.mysql.label.JdbiTemplates");
    }

    @Test
    void thePortRuleCatchesAServiceCallingAnotherCapabilitysService() {
        assertViolated(CockpitArchitecture::capabilitiesMeetThroughPorts, "crosscapability",
                "application.service.label.LabelCleanup");
    }

    @Test
    void thePortRuleCatchesAServiceImplementingAnotherCapabilitysUseCase() {
        assertViolated(CockpitArchitecture::capabilitiesMeetThroughPorts, "crosscapability",
                "application.service.label.TemplatePreview");
    }

    @Test
    void thePortRuleLetsAServiceCallAnotherCapabilitysPortAndAStoreImplementTheRegistersPorts() {
        String root = FIXTURES + ".crosscapability";
        assertThatThrownBy(() -> CockpitArchitecture.capabilitiesMeetThroughPorts(root)
                .check(fixture("crosscapability")))
                .hasMessageContaining("was violated (4 times)")
                .hasMessageNotContaining(root + ".application.service.label.LabelService ")
                .hasMessageNotContaining(root + ".adapters.mysql.label.JdbiLabelErasure");
    }

    /** The rule fails on the fixture, naming the fixture's culprit class (so it failed for the planted reason). */
    private static void assertViolated(Function<String, ArchRule> rule, String fixture, String culprit) {
        String root = FIXTURES + "." + fixture;
        assertThatThrownBy(() -> rule.apply(root).check(fixture(fixture)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(root + "." + culprit);
    }

    private static JavaClasses fixture(String name) {
        return new ClassFileImporter().importPackages(FIXTURES + "." + name);
    }
}
