package io.cockpit.archfixture.crosscapability.domain.label;

/** Architecture fixture. */
public record Label(String name) {
}
