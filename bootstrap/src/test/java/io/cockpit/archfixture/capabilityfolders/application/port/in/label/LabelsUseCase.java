package io.cockpit.archfixture.capabilityfolders.application.port.in.label;

import io.cockpit.archfixture.capabilityfolders.domain.label.Label;

/** Architecture fixture. */
public interface LabelsUseCase {
    Label find(String name);
}
