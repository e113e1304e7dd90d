package io.cockpit.domain.template;

import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.Text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A template's text, parsed: literal text and placeholders {@code {{variable}}} or {@code {{variable|fallback}}}
 * (spaces around the name are allowed). Single braces are text. Unknown variables, a {@code {{} without its
 * {@code }}}, a {@code }}} without its {@code {{}, and braces inside a placeholder are refused with their position.
 */
public record TemplateBody(String text, List<Segment> segments) {

    public static final int MAX_LENGTH = 8000;

    /** A piece of the body. */
    public sealed interface Segment {
    }

    public record Literal(String text) implements Segment {
    }

    /** A variable; the fallback (possibly empty) stands in when the variable has no value. */
    public record Placeholder(TemplateVariable variable, Optional<String> fallback) implements Segment {
    }

    public TemplateBody {
        Objects.requireNonNull(text, "text");
        segments = List.copyOf(segments);
    }

    public static TemplateBody parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty() || Text.length(text) > MAX_LENGTH) {
            throw new InvalidValueException("template.body_length", "must be 1-" + MAX_LENGTH + " characters");
        }
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf("{{", at);
            int strayClose = text.indexOf("}}", at);
            if (strayClose >= 0 && (open < 0 || strayClose < open)) {
                throw new TemplateSyntaxException("template.unopened_placeholder", "\"}}\" without \"{{\"",
                        position(text, strayClose));
            }
            if (open < 0) {
                segments.add(new Literal(text.substring(at)));
                break;
            }
            if (open > at) {
                segments.add(new Literal(text.substring(at, open)));
            }
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                throw new TemplateSyntaxException("template.unclosed_placeholder", "\"{{\" without \"}}\"",
                        position(text, open));
            }
            segments.add(placeholder(text, open, text.substring(open + 2, close)));
            at = close + 2;
        }
        return new TemplateBody(text, segments);
    }

    private static Placeholder placeholder(String text, int open, String inside) {
        if (inside.indexOf('{') >= 0 || inside.indexOf('}') >= 0) {
            throw new TemplateSyntaxException("template.broken_braces", "braces inside a placeholder",
                    position(text, open));
        }
        int bar = inside.indexOf('|');
        String name = (bar < 0 ? inside : inside.substring(0, bar)).strip();
        TemplateVariable variable = TemplateVariable.byWireName(name).orElseThrow(() ->
                new TemplateSyntaxException("template.unknown_variable", "unknown variable \"" + name
                        + "\" (known: firstName, lastName, fullName, company, position, myFirstName, myLastName)",
                        position(text, open)));
        return new Placeholder(variable, bar < 0 ? Optional.empty() : Optional.of(inside.substring(bar + 1).strip()));
    }

    /** Offsets count characters (code points), as clients do. */
    private static int position(String text, int utf16Index) {
        return text.codePointCount(0, utf16Index);
    }

    /** The variables used, in order of first use. */
    public List<TemplateVariable> variables() {
        Set<TemplateVariable> used = new LinkedHashSet<>();
        segments.forEach(segment -> {
            if (segment instanceof Placeholder placeholder) {
                used.add(placeholder.variable());
            }
        });
        return List.copyOf(used);
    }
}
