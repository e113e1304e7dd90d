package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.template.TemplatesApi;
import io.cockpit.adapters.mysql.template.JdbiTemplateRepository;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.service.template.TemplateService;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.template.TemplatePersonalData;

import java.util.List;

/** Message templates and their previews. */
public final class TemplateCapability implements Capability {

    private final TemplateService templates;
    private final JdbiTemplateRepository store;

    public TemplateCapability(Platform platform, LinkedInCapability linkedIn) {
        this.store = platform.repository(JdbiTemplateRepository::new);
        this.templates = new TemplateService(store, platform.transactions(), platform.clock(), linkedIn.templateValues());
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return TemplatePersonalData.categories();
    }

    @Override
    public List<HttpRoutes> routes() {
        return List.of(TemplatesApi.routes(templates));
    }

    @Override
    public List<PersonalDataStore> personalDataStores() {
        return List.of(store);
    }
}
