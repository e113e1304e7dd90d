package io.cockpit.archfixture.crosscapability.application.service.template;

import io.cockpit.archfixture.crosscapability.application.port.in.template.TemplatesUseCase;
import io.cockpit.archfixture.crosscapability.application.port.out.template.TemplateRepository;
import io.cockpit.archfixture.crosscapability.domain.template.Template;

/** Architecture fixture. */
public class TemplateService implements TemplatesUseCase {
    public TemplateRepository repository;

    @Override
    public Template find(String name) {
        return repository.load(name);
    }
}
