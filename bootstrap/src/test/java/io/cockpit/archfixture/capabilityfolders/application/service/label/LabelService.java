package io.cockpit.archfixture.capabilityfolders.application.service.label;

import io.cockpit.archfixture.capabilityfolders.application.port.in.label.LabelsUseCase;
import io.cockpit.archfixture.capabilityfolders.domain.label.Label;

/** Architecture fixture. */
public class LabelService implements LabelsUseCase {
    @Override
    public Label find(String name) {
        return new Label(name);
    }
}
