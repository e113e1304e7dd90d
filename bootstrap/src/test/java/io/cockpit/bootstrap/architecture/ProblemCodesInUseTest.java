package io.cockpit.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.cockpit.adapters.http.problem.HttpErrorCode;
import io.cockpit.archfixture.unusedcode.RefusalCode;
import io.cockpit.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem code in the registry is sent somewhere: each constant of {@link ErrorCode} and {@link HttpErrorCode}
 * is read by product code outside its enum. With ProblemCatalogTest (the contract documents exactly the registry),
 * a documented code that nothing sends fails too.
 */
class ProblemCodesInUseTest {

    /** Product classes from target/classes or the modules' jars (test code does not count as sending a code). */
    private static final ImportOption PRODUCT_CODE_ONLY = location -> !location.contains("/test-classes/")
            && !location.matches(Pattern.compile(".*-tests\\.jar.*")) && !location.contains("/archfixture/");

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(PRODUCT_CODE_ONLY)
            .importPackages("io.cockpit.domain", "io.cockpit.application", "io.cockpit.adapters", "io.cockpit.bootstrap");

    @Test
    void everyDomainCodeIsUsed() {
        assertThat(constants(PRODUCT.get(ErrorCode.class))).hasSize(ErrorCode.values().length);
        assertThat(unusedConstants(PRODUCT, ErrorCode.class)).isEmpty();
    }

    @Test
    void everyHttpCodeIsUsed() {
        assertThat(constants(PRODUCT.get(HttpErrorCode.class))).hasSize(HttpErrorCode.values().length);
        assertThat(unusedConstants(PRODUCT, HttpErrorCode.class)).isEmpty();
    }

    @Test
    void aConstantNothingReadsIsFound() {
        JavaClasses fixture = new ClassFileImporter().importPackages("io.cockpit.archfixture.unusedcode");

        assertThat(unusedConstants(fixture, RefusalCode.class)).containsExactly("NEVER_SENT");
    }

    /** The constants of {@code registry} that no class but the enum itself reads. */
    static List<String> unusedConstants(JavaClasses classes, Class<? extends Enum<?>> registry) {
        JavaClass type = classes.get(registry);
        return constants(type).stream()
                .filter(field -> field.getAccessesToSelf().stream()
                        .allMatch(access -> access.getOriginOwner().equals(type)))
                .map(JavaField::getName)
                .sorted()
                .toList();
    }

    private static List<JavaField> constants(JavaClass type) {
        return type.getFields().stream().filter(field -> field.getModifiers().contains(JavaModifier.ENUM)).toList();
    }
}
