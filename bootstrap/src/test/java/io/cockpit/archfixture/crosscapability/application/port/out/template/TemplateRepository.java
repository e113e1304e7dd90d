package io.cockpit.archfixture.crosscapability.application.port.out.template;

import io.cockpit.archfixture.crosscapability.domain.template.Template;

/** Architecture fixture. */
public interface TemplateRepository {
    Template load(String name);
}
