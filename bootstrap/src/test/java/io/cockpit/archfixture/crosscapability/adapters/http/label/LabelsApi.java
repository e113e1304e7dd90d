package io.cockpit.archfixture.crosscapability.adapters.http.label;

import io.cockpit.archfixture.crosscapability.application.port.in.template.TemplatesUseCase;

/** Architecture fixture. The planted violation: label's handler serves template's use case. */
public class LabelsApi {
    public TemplatesUseCase templates;
}
