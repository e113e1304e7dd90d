package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.account.LegalHoldsApi;
import io.cockpit.adapters.http.account.MyAccountApi;
import io.cockpit.adapters.http.account.OperatorAccountsApi;
import io.cockpit.adapters.http.account.PartnerAccountsApi;
import io.cockpit.adapters.mysql.access.JdbiActivationTokens;
import io.cockpit.adapters.mysql.access.JdbiCredentialRepository;
import io.cockpit.adapters.mysql.account.JdbiAccountRepository;
import io.cockpit.adapters.mysql.account.JdbiLegalHolds;
import io.cockpit.adapters.mysql.register.JdbiErasureRequests;
import io.cockpit.adapters.mysql.statistics.JdbiDailyRollup;
import io.cockpit.application.service.account.LegalHoldService;
import io.cockpit.adapters.mysql.account.JdbiTrackingIdRegistry;
import io.cockpit.adapters.mysql.audit.JdbiAuditLog;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.service.account.AccountLookupService;
import io.cockpit.application.service.account.IssuedTrackingIds;
import io.cockpit.application.service.account.MyAccountService;
import io.cockpit.application.service.account.PartnerAccountService;
import io.cockpit.application.service.account.ProvisionAccountService;
import io.cockpit.application.service.account.TrackingIdIssuer;
import io.cockpit.domain.account.AccountPersonalData;
import io.cockpit.domain.account.TrackingWords;
import io.cockpit.domain.register.PersonalDataCategory;

import java.util.List;

/**
 * Accounts: provisioning and contract changes by the partner, the user's view of their own account and the
 * correction of their name, the operator's audited lookup by e-mail address and legal holds, and the partner's list
 * of erased accounts.
 */
public final class AccountCapability implements Capability {

    private final List<HttpRoutes> routes;
    private final List<PersonalDataStore> personalDataStores;

    public AccountCapability(Platform platform, AccessCapability access, SettingsCapability settings) {
        JdbiAccountRepository accounts = platform.repository(JdbiAccountRepository::new);
        JdbiActivationTokens activationTokens = platform.repository(JdbiActivationTokens::new);
        JdbiTrackingIdRegistry registry = platform.repository(JdbiTrackingIdRegistry::new);
        TrackingIdIssuer trackingIds = new TrackingIdIssuer(TrackingWords.bundled(), registry, platform.secret(),
                platform.random());
        ProvisionAccountService provisioning = new ProvisionAccountService(accounts, activationTokens, trackingIds,
                platform.repository(JdbiDailyRollup::new), platform.transactions(), platform.clock(),
                platform.random());
        PartnerAccountService partnerAccounts = new PartnerAccountService(accounts, activationTokens,
                platform.repository(JdbiCredentialRepository::new), access.sessions(), platform.transactions(),
                platform.clock(), platform.random());
        MyAccountService myAccount = new MyAccountService(accounts, settings.settings(), platform.transactions(),
                platform.clock());
        JdbiLegalHolds legalHolds = platform.repository(JdbiLegalHolds::new);
        LegalHoldService holds = new LegalHoldService(accounts, legalHolds,
                platform.repository(JdbiErasureRequests::new), platform.repository(JdbiAuditLog::new),
                platform.transactions(), platform.clock());
        this.routes = List.of(
                PartnerAccountsApi.routes(provisioning, partnerAccounts, partnerAccounts, partnerAccounts,
                        platform.idempotency(), holds),
                LegalHoldsApi.routes(holds),
                MyAccountApi.routes(myAccount, myAccount),
                OperatorAccountsApi.routes(new AccountLookupService(accounts, platform.repository(JdbiAuditLog::new),
                        platform.transactions(), platform.clock())));
        this.personalDataStores = List.of(accounts, new IssuedTrackingIds(accounts, registry, platform.secret()),
                legalHolds);
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return AccountPersonalData.categories();
    }

    @Override
    public List<HttpRoutes> routes() {
        return routes;
    }

    /** The account (an erasure deletes it last: {@code RegisterStores.erasureOrder}) and its issued Tracking-ID. */
    @Override
    public List<PersonalDataStore> personalDataStores() {
        return personalDataStores;
    }
}
