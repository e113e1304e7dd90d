package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.shared.UniquenessViolation;

import java.util.Objects;
import java.util.function.Function;

/**
 * A unique index of a {@link FakeTable}: the value it keeps unique, and the rule a duplicate breaks (the real
 * adapters map their index names to these rules).
 */
public record UniqueKey<R>(String name, UniquenessViolation.Rule rule, Function<R, ?> value) {

    public UniqueKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(value, "value");
    }

    public static <R> UniqueKey<R> unique(String name, UniquenessViolation.Rule rule, Function<R, ?> value) {
        return new UniqueKey<>(name, rule, value);
    }
}
