package io.cockpit.archfixture.crosscapability.adapters.mysql.label;

import io.cockpit.archfixture.crosscapability.application.port.out.template.TemplateRepository;
import io.cockpit.archfixture.crosscapability.domain.template.Template;

/** Architecture fixture. The planted violation: a repository of template's port in label's folder. */
public class JdbiTemplates implements TemplateRepository {
    @Override
    public Template load(String name) {
        return new Template(name);
    }
}
