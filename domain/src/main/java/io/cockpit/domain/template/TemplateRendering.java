package io.cockpit.domain.template;

import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fills a template. All or nothing: if a variable has neither a value nor a fallback, nothing is rendered. */
public final class TemplateRendering {

    private TemplateRendering() {
    }

    /**
     * @param values a blank value counts as missing (its fallback is used)
     * @throws DomainException {@code template.variable_missing}, naming the variables, in order of use
     */
    public static String render(TemplateBody body, Map<TemplateVariable, String> values) {
        StringBuilder out = new StringBuilder(body.text().length() + 64);
        Set<String> missing = new LinkedHashSet<>();
        for (TemplateBody.Segment segment : body.segments()) {
            switch (segment) {
                case TemplateBody.Literal literal -> out.append(literal.text());
                case TemplateBody.Placeholder placeholder -> {
                    String value = values.get(placeholder.variable());
                    if (value != null && !value.isBlank()) {
                        out.append(value);
                    } else if (placeholder.fallback().isPresent()) {
                        out.append(placeholder.fallback().get());
                    } else {
                        missing.add(placeholder.variable().wireName());
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new DomainException(ErrorCode.TEMPLATE_VARIABLE_MISSING,
                    "No value and no fallback for " + String.join(", ", missing) + ".",
                    Map.of("variables", List.copyOf(missing)));
        }
        return out.toString();
    }
}
