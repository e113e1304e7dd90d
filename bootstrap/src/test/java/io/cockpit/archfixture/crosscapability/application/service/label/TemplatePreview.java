package io.cockpit.archfixture.crosscapability.application.service.label;

import io.cockpit.archfixture.crosscapability.application.port.in.template.TemplatesUseCase;
import io.cockpit.archfixture.crosscapability.domain.template.Template;

/** Architecture fixture. The planted violation: label's service implements template's use case. */
public class TemplatePreview implements TemplatesUseCase {
    @Override
    public Template find(String name) {
        return new Template(name);
    }
}
