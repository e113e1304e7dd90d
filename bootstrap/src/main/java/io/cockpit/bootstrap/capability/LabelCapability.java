package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.label.LabelsApi;
import io.cockpit.adapters.mysql.label.JdbiLabelRepository;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.service.label.LabelService;
import io.cockpit.domain.label.LabelPersonalData;
import io.cockpit.domain.register.PersonalDataCategory;

import java.util.List;

/** Tags and categories. */
public final class LabelCapability implements Capability {

    private final LabelService labels;
    private final JdbiLabelRepository store;

    public LabelCapability(Platform platform, LinkedInCapability linkedIn) {
        this.store = platform.repository(JdbiLabelRepository::new);
        this.labels = new LabelService(store, platform.transactions(), platform.clock(), linkedIn.labelAssignments());
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return LabelPersonalData.categories();
    }

    @Override
    public List<HttpRoutes> routes() {
        return List.of(LabelsApi.routes(labels));
    }

    @Override
    public List<PersonalDataStore> personalDataStores() {
        return List.of(store);
    }
}
