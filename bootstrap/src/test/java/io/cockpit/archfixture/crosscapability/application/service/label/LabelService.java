package io.cockpit.archfixture.crosscapability.application.service.label;

import io.cockpit.archfixture.crosscapability.application.port.in.label.LabelsUseCase;
import io.cockpit.archfixture.crosscapability.application.port.in.template.TemplatesUseCase;
import io.cockpit.archfixture.crosscapability.domain.label.Label;

/** Architecture fixture: a service may call another capability's in-port. */
public class LabelService implements LabelsUseCase {
    public TemplatesUseCase templates;

    @Override
    public Label find(String name) {
        return new Label(templates.find(name).body());
    }
}
