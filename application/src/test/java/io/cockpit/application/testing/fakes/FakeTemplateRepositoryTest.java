package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.template.TemplateRepository;
import io.cockpit.application.port.out.template.TemplateRepositoryContract;

class FakeTemplateRepositoryTest extends TemplateRepositoryContract {

    private final TemplateRepository templates = new FakeTemplateRepository(new FakeDatabase());

    @Override
    protected TemplateRepository templates() {
        return templates;
    }
}
