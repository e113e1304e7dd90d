package io.cockpit.adapters.http.handler;

import io.cockpit.adapters.http.contract.FieldViolation;
import io.cockpit.adapters.http.problem.ProblemCatalog;
import io.cockpit.adapters.http.problem.ProblemException;
import io.cockpit.adapters.http.problem.Problems;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;
import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.template.TemplateSyntaxException;
import io.helidon.http.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds domain values from a request body field by field, collecting every refusal with the field's pointer, so
 * that one 422 names all bad fields at once.
 */
public final class FieldCollector {

    private final List<FieldViolation> violations = new ArrayList<>();

    /** The value built by {@code parse}, or null if the domain refused it (remembered with {@code pointer}). */
    public <T> T field(String pointer, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (TemplateSyntaxException refused) {
            violations.add(new FieldViolation("body", pointer, refused.rule(), refused.getMessage(), refused.position()));
            return null;
        } catch (InvalidValueException refused) {
            violations.add(FieldViolation.inBody(pointer, refused.rule(), refused.getMessage()));
            return null;
        }
    }

    /** Runs {@code action}; a domain refusal of one field's value becomes a 422 naming {@code pointer}. */
    public static <T> T forField(String pointer, Supplier<T> action) {
        FieldCollector fields = new FieldCollector();
        T result = fields.field(pointer, action);
        fields.throwIfInvalid();
        return result;
    }

    /**
     * Runs {@code action}; a domain refusal whose code {@code pointers} lists keeps its code and status, and names
     * the field it concerns in {@code errors} (e.g. {@code blocked_address.too_wide} at {@code /address}).
     */
    public static <T> T refusalsOfFields(Map<ErrorCode, String> pointers, Supplier<T> action) {
        try {
            return action.get();
        } catch (DomainException refused) {
            String pointer = pointers.get(refused.error());
            if (pointer == null) {
                throw refused;
            }
            throw ProblemException.refusal(refused.error(),
                    Status.create(ProblemCatalog.status(refused.kind())).reasonPhrase(), refused.getMessage(),
                    Map.of(), List.of(FieldViolation.inBody(pointer, refused.code(), refused.getMessage())));
        }
    }

    /** Throws the 422 if any field was refused. */
    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw Problems.validationFailed(violations);
        }
    }
}
