package io.cockpit.archfixture.crosscapability.domain.template;

/** Architecture fixture. */
public record Template(String body) {
}
