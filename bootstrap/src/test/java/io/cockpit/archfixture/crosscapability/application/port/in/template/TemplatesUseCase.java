package io.cockpit.archfixture.crosscapability.application.port.in.template;

import io.cockpit.archfixture.crosscapability.domain.template.Template;

/** Architecture fixture. */
public interface TemplatesUseCase {
    Template find(String name);
}
