package io.cockpit.archfixture.crosscapability.application.port.in.label;

import io.cockpit.archfixture.crosscapability.domain.label.Label;

/** Architecture fixture. */
public interface LabelsUseCase {
    Label find(String name);
}
