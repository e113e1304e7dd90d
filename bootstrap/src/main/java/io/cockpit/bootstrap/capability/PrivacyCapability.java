package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.privacy.DataSubjectRequestsApi;
import io.cockpit.adapters.http.privacy.PrivacyApi;
import io.cockpit.adapters.mysql.account.JdbiAccountRepository;
import io.cockpit.adapters.mysql.audit.JdbiAuditLog;
import io.cockpit.adapters.mysql.privacy.JdbiConsentLedger;
import io.cockpit.adapters.mysql.privacy.JdbiDataSubjectRequestRepository;
import io.cockpit.adapters.mysql.privacy.JdbiPrivacyRepository;
import io.cockpit.adapters.mysql.privacy.JdbiRestrictionRepository;
import io.cockpit.adapters.mysql.statistics.JdbiDailyRollup;
import io.cockpit.application.port.in.privacy.ProcessingPermissionsQuery;
import io.cockpit.application.port.in.statistics.UnlinkStatisticsUseCase;
import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.service.privacy.DataSubjectRequestService;
import io.cockpit.application.service.privacy.PrivacyService;
import io.cockpit.application.service.privacy.ProcessingPermissionsService;
import io.cockpit.application.service.privacy.RestrictionService;
import io.cockpit.domain.privacy.PrivacyPersonalData;
import io.cockpit.domain.register.PersonalDataCategory;

import java.util.List;

/**
 * The privacy switches (consents and objections) with the consent ledger, the restriction of processing, the
 * permissions every later capability asks before it processes a user's data, and the operator's register of
 * data-subject requests.
 */
public final class PrivacyCapability implements Capability {

    private final PrivacyService privacy;
    private final RestrictionService restrictions;
    private final ProcessingPermissionsService permissions;
    private final List<HttpRoutes> routes;
    private final List<PersonalDataStore> personalDataStores;
    private final JdbiDataSubjectRequestRepository requestRows;

    /** @param statistics deletes what was recorded under a Statistics-ID that a withdrawal replaced */
    public PrivacyCapability(Platform platform, UnlinkStatisticsUseCase statistics) {
        JdbiPrivacyRepository switches = platform.repository(JdbiPrivacyRepository::new);
        JdbiRestrictionRepository restricted = platform.repository(JdbiRestrictionRepository::new);
        JdbiAccountRepository accounts = platform.repository(JdbiAccountRepository::new);
        JdbiConsentLedger ledger = platform.repository(JdbiConsentLedger::new);
        this.requestRows = platform.repository(db -> new JdbiDataSubjectRequestRepository(db,
                platform.pseudonyms()));
        this.personalDataStores = List.of(switches, ledger, restricted, requestRows);
        this.privacy = new PrivacyService(switches, ledger, accounts,
                statistics, platform.repository(JdbiDailyRollup::new), platform.transactions(), platform.settings().privacyPolicyVersion(), platform.clock(),
                platform.random());
        this.restrictions = new RestrictionService(restricted, accounts, platform.transactions(), platform.clock());
        this.permissions = new ProcessingPermissionsService(switches, restricted);
        DataSubjectRequestService requests = new DataSubjectRequestService(requestRows, accounts,
                platform.repository(JdbiAuditLog::new), platform.transactions(), platform.clock());
        this.routes = List.of(PrivacyApi.routes(privacy, restrictions),
                DataSubjectRequestsApi.routes(requests, platform.clock()));
    }

    public PrivacyService privacy() {
        return privacy;
    }

    /** The restriction of processing, for the operator who sets it on a user's request. */
    public RestrictionService restrictions() {
        return restrictions;
    }

    /** What statistics, recommendations, product analytics and error reporting must ask before they process. */
    public ProcessingPermissionsQuery permissions() {
        return permissions;
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return PrivacyPersonalData.categories();
    }

    @Override
    public List<HttpRoutes> routes() {
        return routes;
    }

    @Override
    public List<PersonalDataStore> personalDataStores() {
        return personalDataStores;
    }

    /** Data-subject requests three years after they were closed. */
    @Override
    public List<ExpiringPersonalData> expiringData() {
        return List.of(requestRows);
    }
}
