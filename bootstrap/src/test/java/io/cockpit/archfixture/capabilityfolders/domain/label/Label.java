package io.cockpit.archfixture.capabilityfolders.domain.label;

/** Architecture fixture. */
public record Label(String name) {
}
