package io.cockpit.archfixture.crosscapability.application.service.label;

import io.cockpit.archfixture.crosscapability.application.service.template.TemplateService;

/** Architecture fixture. The planted violation: a service calls another capability's service. */
public class LabelCleanup {
    public TemplateService templates;
}
