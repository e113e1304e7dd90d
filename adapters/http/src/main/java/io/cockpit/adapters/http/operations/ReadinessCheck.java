package io.cockpit.adapters.http.operations;

import java.util.function.BooleanSupplier;

/** One store readiness depends on, e.g. the database; {@code answers} must not take long or throw. */
public record ReadinessCheck(String name, BooleanSupplier answers) {
}
