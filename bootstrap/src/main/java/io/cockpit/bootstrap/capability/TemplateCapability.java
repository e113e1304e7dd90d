package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.template.TemplatesApi;
import io.cockpit.adapters.mysql.template.JdbiTemplateRepository;
import io.cockpit.application.service.template.TemplateService;
import io.cockpit.domain.template.TemplatePersonalData;
import io.cockpit.domain.register.PersonalDataCategory;

import java.util.List;

/** Message templates and their previews. */
public final class TemplateCapability implements Capability {

    private final TemplateService templates;

    public TemplateCapability(Platform platform, LinkedInCapability linkedIn) {
        this.templates = new TemplateService(platform.repository(JdbiTemplateRepository::new), platform.transactions(),
                platform.clock(), linkedIn.templateValues());
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return TemplatePersonalData.categories();
    }

    @Override
    public List<HttpRoutes> routes() {
        return List.of(TemplatesApi.routes(templates));
    }
}
