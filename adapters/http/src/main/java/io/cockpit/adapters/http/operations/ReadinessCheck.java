package io.cockpit.adapters.http.operations;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One store readiness depends on, e.g. the database; {@code health} must not take long or throw. A store the server
 * can serve without for a while (InfluxDB, whose points wait in the outbox) reports {@code DEGRADED}, which keeps
 * the server ready.
 */
public record ReadinessCheck(String name, Supplier<Health> health) {

    public enum Status { UP, DEGRADED, DOWN }

    /** A store's state, and in a few words what is wrong (no personal data). */
    public record Health(Status status, Optional<String> detail) {
        public Health {
            Objects.requireNonNull(status);
            Objects.requireNonNull(detail);
        }

        public static Health of(Status status) {
            return new Health(status, Optional.empty());
        }
    }

    /** A store the server cannot serve without: up while it answers, down otherwise. */
    public ReadinessCheck(String name, BooleanSupplier answers) {
        this(name, () -> Health.of(answers.getAsBoolean() ? Status.UP : Status.DOWN));
    }
}
