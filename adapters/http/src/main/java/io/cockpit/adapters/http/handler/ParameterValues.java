package io.cockpit.adapters.http.handler;

import io.cockpit.adapters.http.contract.FieldViolation;
import io.cockpit.adapters.http.problem.Problems;
import io.cockpit.domain.shared.InvalidValueException;

import java.util.List;
import java.util.function.Supplier;

/**
 * Domain values from path, query or header parameters that passed the contract: a refusal by the value object (a
 * UUID that is no User-ID, an address the contract's {@code format: email} let through) is a 400 naming the parameter,
 * like every other bad parameter.
 */
public final class ParameterValues {

    private ParameterValues() {
    }

    /** @param in {@code query}, {@code path} or {@code header} */
    public static <T> T parse(String in, String name, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException refused) {
            throw Problems.invalidParameters(List.of(new FieldViolation(in, "/" + name, refused.rule(),
                    refused.getMessage())));
        }
    }
}
