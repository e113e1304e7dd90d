package io.cockpit.domain.template;

import io.cockpit.domain.shared.DomainException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the template and the values, rendering never leaves a placeholder behind. */
class TemplateRenderingPropertyTest {

    @Property(tries = 1000)
    void renderingNeverLeavesDoubleBraces(@ForAll("templates") String template,
                                           @ForAll("values") Map<TemplateVariable, String> values) {
        TemplateBody body = TemplateBody.parse(template);
        try {
            String rendered = TemplateRendering.render(body, values);
            assertThat(rendered).doesNotContain("{{").doesNotContain("}}");
        } catch (DomainException missing) {
            assertThat(missing.code()).isEqualTo("template.variable_missing");
            assertThat(body.variables()).isNotEmpty();
        }
    }

    @Property(tries = 500)
    void withEveryValueGivenRenderingAlwaysSucceeds(@ForAll("templates") String template,
                                                    @ForAll("allValues") Map<TemplateVariable, String> values) {
        String rendered = TemplateRendering.render(TemplateBody.parse(template), values);

        assertThat(rendered).doesNotContain("{{");
    }

    @Provide
    Arbitrary<String> templates() {
        Arbitrary<String> literal = Arbitraries.strings().withChars("abc XYZ,.!?{}äß😀\n").ofMaxLength(12)
                .filter(s -> !s.contains("{{") && !s.contains("}}") && !s.endsWith("{") && !s.startsWith("}"));
        Arbitrary<String> placeholder = Combinators.combine(Arbitraries.of(TemplateVariable.class),
                        Arbitraries.strings().withChars("abc ,.").ofMaxLength(8).injectNull(0.5))
                .as((variable, fallback) -> "{{" + variable.wireName() + (fallback == null ? "" : "|" + fallback) + "}}");
        return Arbitraries.oneOf(literal, placeholder).list().ofMinSize(1).ofMaxSize(8)
                .map(parts -> String.join("", parts))
                .filter(text -> !text.isEmpty() && parses(text));
    }

    private static boolean parses(String text) {
        try {
            TemplateBody.parse(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Provide
    Arbitrary<Map<TemplateVariable, String>> values() {
        return Arbitraries.maps(Arbitraries.of(TemplateVariable.class), braceFree()).ofMaxSize(7)
                .map(map -> map.isEmpty() ? Map.of() : new EnumMap<>(map));
    }

    @Provide
    Arbitrary<Map<TemplateVariable, String>> allValues() {
        return braceFree().filter(s -> !s.isBlank()).list().ofSize(TemplateVariable.values().length).map(list -> {
            Map<TemplateVariable, String> all = new EnumMap<>(TemplateVariable.class);
            List<TemplateVariable> variables = List.of(TemplateVariable.values());
            for (int i = 0; i < variables.size(); i++) {
                all.put(variables.get(i), list.get(i));
            }
            return all;
        });
    }

    private static Arbitrary<String> braceFree() {
        return Arbitraries.strings().withChars("abcdeÄÖ- .'").ofMinLength(0).ofMaxLength(10);
    }
}
