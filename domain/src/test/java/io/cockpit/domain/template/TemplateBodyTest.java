package io.cockpit.domain.template;

import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static io.cockpit.domain.template.TemplateVariable.COMPANY;
import static io.cockpit.domain.template.TemplateVariable.FIRST_NAME;
import static io.cockpit.domain.template.TemplateVariable.MY_FIRST_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateBodyTest {

    @Test
    void rendersVariablesAndFallbacks() {
        TemplateBody body = TemplateBody.parse("Hi {{firstName}}, greetings to {{ company | your team }}! {{myFirstName}}");

        assertThat(TemplateRendering.render(body, Map.of(FIRST_NAME, "Max", MY_FIRST_NAME, "Jana")))
                .isEqualTo("Hi Max, greetings to your team! Jana");
        assertThat(TemplateRendering.render(body, Map.of(FIRST_NAME, "Max", COMPANY, "Acme", MY_FIRST_NAME, "Jana")))
                .isEqualTo("Hi Max, greetings to Acme! Jana");
        assertThat(body.variables()).containsExactly(FIRST_NAME, COMPANY, MY_FIRST_NAME);
    }

    @Test
    void singleBracesAreText() {
        assertThat(TemplateRendering.render(TemplateBody.parse("{a} {b: 1} {{firstName}}"), Map.of(FIRST_NAME, "Max")))
                .isEqualTo("{a} {b: 1} Max");
    }

    @Test
    void anEmptyFallbackRendersNothing() {
        assertThat(TemplateRendering.render(TemplateBody.parse("Hello{{company|}}!"), Map.of())).isEqualTo("Hello!");
    }

    @Test
    void nothingIsRenderedWhenAVariableHasNeitherValueNorFallback() {
        TemplateBody body = TemplateBody.parse("{{firstName}} at {{company}} and {{firstName}}");

        assertThatThrownBy(() -> TemplateRendering.render(body, Map.of(COMPANY, "  ")))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException refused = (DomainException) e;
                    assertThat(refused.code()).isEqualTo("template.variable_missing");
                    assertThat(refused.details()).containsEntry("variables", java.util.List.of("firstName", "company"));
                });
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "Hi {{firstname}} => template.unknown_variable => 3",
            "Hi {{firstName} => template.unclosed_placeholder => 3",
            "Hi {{firstName|x} and more => template.unclosed_placeholder => 3",
            "Hi firstName}} there => template.unopened_placeholder => 12",
            "Hi {{first{{Name}} => template.broken_braces => 3",
            "Hi {{{firstName}}} => template.broken_braces => 3",
            "😀😀 {{nope}} => template.unknown_variable => 3"})
    void refusesBrokenTemplatesWithThePosition(String text, String code, int position) {
        assertThatThrownBy(() -> TemplateBody.parse(text))
                .isInstanceOf(TemplateSyntaxException.class)
                .satisfies(e -> {
                    TemplateSyntaxException refused = (TemplateSyntaxException) e;
                    assertThat(refused.rule()).isEqualTo(code);
                    assertThat(refused.position()).isEqualTo(position);
                });
    }

    @Test
    void refusesEmptyAndOverlongBodies() {
        assertThatThrownBy(() -> TemplateBody.parse("")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> TemplateBody.parse("x".repeat(8001))).isInstanceOf(InvalidValueException.class);
        assertThat(TemplateBody.parse("x".repeat(8000)).segments()).hasSize(1);
    }
}
