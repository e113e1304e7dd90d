package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.privacy.PrivacyApi;
import io.cockpit.adapters.mysql.account.JdbiAccountRepository;
import io.cockpit.adapters.mysql.privacy.JdbiConsentLedger;
import io.cockpit.adapters.mysql.privacy.JdbiPrivacyRepository;
import io.cockpit.application.service.privacy.PrivacyService;
import io.cockpit.domain.privacy.PrivacyPersonalData;
import io.cockpit.domain.register.PersonalDataCategory;

import java.util.List;

/** The privacy switches and the consent ledger. */
public final class PrivacyCapability implements Capability {

    private final PrivacyService privacy;

    public PrivacyCapability(Platform platform) {
        this.privacy = new PrivacyService(platform.repository(JdbiPrivacyRepository::new),
                platform.repository(JdbiConsentLedger::new), platform.repository(JdbiAccountRepository::new),
                platform.transactions(), platform.settings().privacyPolicyVersion(), platform.clock(),
                platform.random());
    }

    public PrivacyService privacy() {
        return privacy;
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return PrivacyPersonalData.categories();
    }

    @Override
    public List<HttpRoutes> routes() {
        return List.of(PrivacyApi.routes(privacy));
    }
}
