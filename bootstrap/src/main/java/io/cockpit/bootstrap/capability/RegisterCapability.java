package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.register.MyDataApi;
import io.cockpit.adapters.http.register.OnBehalfApi;
import io.cockpit.adapters.http.register.ProcessingActivitiesApi;
import io.cockpit.adapters.http.register.RetentionRunsApi;
import io.cockpit.adapters.mysql.access.JdbiCredentialRepository;
import io.cockpit.adapters.mysql.account.JdbiAccountRepository;
import io.cockpit.adapters.mysql.audit.JdbiAuditLog;
import io.cockpit.adapters.mysql.privacy.JdbiDataSubjectRequestRepository;
import io.cockpit.adapters.mysql.register.JdbiErasureLedger;
import io.cockpit.adapters.mysql.register.JdbiErasureRequests;
import io.cockpit.adapters.mysql.register.JdbiRetentionRuns;
import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.security.Pseudonyms;
import io.cockpit.application.service.account.MyAccountService;
import io.cockpit.application.service.register.EraseMyAccountService;
import io.cockpit.application.service.register.ErasureService;
import io.cockpit.application.service.register.ErasureStep;
import io.cockpit.application.service.register.ExpiringAccounts;
import io.cockpit.application.service.register.ExportService;
import io.cockpit.application.service.register.OnBehalfChangesService;
import io.cockpit.application.service.register.OnBehalfService;
import io.cockpit.application.service.register.RegisterStores;
import io.cockpit.application.service.register.RetentionJob;
import io.cockpit.application.service.register.RetentionRunsService;
import io.cockpit.application.service.shared.LeasedJob;
import io.cockpit.bootstrap.config.CockpitSettings;
import io.cockpit.bootstrap.logging.AccessLogExpiry;
import io.cockpit.domain.account.AccountPersonalData;
import io.cockpit.domain.audit.AuditPersonalData;
import io.cockpit.domain.privacy.PrivacyPersonalData;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.Register;
import io.cockpit.domain.register.RegisterPersonalData;
import io.cockpit.domain.register.StoreKind;
import io.cockpit.domain.telemetry.TelemetryPersonalData;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The register of personal data, assembled from what every other capability declares (and its own entry, the
 * erasure requests), and what is driven by it: the public record of processing, the stores that export and erase
 * each category (checked against the register at start: a disagreement stops the start), the erasure engine with
 * its leased job, the export, the operator's work on a person's behalf, and the leased retention job (with the
 * account's own retention: erased 30 days after the cancellation). It is built last, after the capabilities it
 * assembles.
 */
public final class RegisterCapability implements Capability {

    private final Register register;
    private final RegisterStores stores;
    private final ErasureService erasures;
    private final List<HttpRoutes> routes;

    public RegisterCapability(Platform platform, List<Capability> capabilities, AccessCapability access,
                              ProtectionCapability protection, SettingsCapability settings,
                              PrivacyCapability privacy) {
        JdbiErasureRequests erasureRequests = platform.repository(JdbiErasureRequests::new);
        this.register = Register.of(Stream.concat(capabilities.stream().flatMap(c -> c.personalData().stream()),
                RegisterPersonalData.categories().stream()).toList());
        List<PersonalDataStore> personalDataStores = new ArrayList<>(
                capabilities.stream().flatMap(c -> c.personalDataStores().stream()).toList());
        personalDataStores.add(erasureRequests);
        List<ExpiringPersonalData> expiring = new ArrayList<>(
                capabilities.stream().flatMap(c -> c.expiringData().stream()).toList());
        expiring.add(erasureRequests);
        platform.settings().accessLogDir().map(AccessLogExpiry::new).ifPresent(expiring::add);
        RegisterStores walked = new RegisterStores(register, personalDataStores, expiring);

        JdbiAccountRepository accounts = platform.repository(JdbiAccountRepository::new);
        AuditLog audit = platform.repository(JdbiAuditLog::new);
        Pseudonyms pseudonyms = platform.pseudonyms();
        this.erasures = new ErasureService(erasureRequests, platform.repository(JdbiErasureLedger::new),
                erasureSteps(walked, audit, pseudonyms), pseudonyms, accounts, platform.mail(), platform.deferred(),
                platform.transactions(), platform.clock(), platform.settings().erasureClaim(),
                platform.settings().erasureSettle());
        Duration settle = platform.settings().erasureSettle();
        if (!settle.isZero() && settle.compareTo(platform.settings().bodyDeadline()) <= 0) {
            System.getLogger(RegisterCapability.class.getName()).log(System.Logger.Level.WARNING,
                    "cockpit.jobs.erasure.settle (" + settle + ") is not longer than cockpit.http.body.deadline ("
                            + platform.settings().bodyDeadline() + "): a request that started before an erasure may "
                            + "still write after its last sweep");
        }
        expiring.add(new ExpiringAccounts(accounts, erasures, platform.transactions(), platform.clock()));
        this.stores = new RegisterStores(register, personalDataStores, expiring);

        RetentionJob retention = new RetentionJob(stores, platform.repository(JdbiRetentionRuns::new),
                platform.clock());
        CockpitSettings.JobTiming timing = platform.settings().retentionJob();
        platform.jobs().schedule(new LeasedJob(RetentionJob.NAME, timing.interval(), timing.lease(), retention::run));
        CockpitSettings.JobTiming erasureTiming = platform.settings().erasureJob();
        platform.jobs().schedule(new LeasedJob(ErasureService.JOB, erasureTiming.interval(), erasureTiming.lease(),
                erasures::resumeDue));

        ExportService exports = new ExportService(stores, erasures, accounts, platform.clock());
        EraseMyAccountService eraseMine = new EraseMyAccountService(erasures, accounts,
                platform.repository(JdbiCredentialRepository::new), access.passwordHasher(), protection.guard(),
                access.sessions(), settings.settings());
        JdbiDataSubjectRequestRepository requests = platform.repository(db ->
                new JdbiDataSubjectRequestRepository(db, pseudonyms));
        OnBehalfService onBehalf = new OnBehalfService(requests, exports, erasures, access.sessions(),
                settings.settings(), audit, platform.clock());
        OnBehalfChangesService onBehalfChanges = new OnBehalfChangesService(requests, privacy.restrictions(),
                privacy.privacy(), new MyAccountService(accounts, settings.settings(), platform.transactions(),
                platform.clock()), accounts, audit, platform.transactions(), platform.clock());
        this.routes = List.of(ProcessingActivitiesApi.routes(register),
                MyDataApi.routes(exports, eraseMine, platform.clock()),
                OnBehalfApi.routes(onBehalf, onBehalfChanges, platform.clock()),
                RetentionRunsApi.routes(new RetentionRunsService(platform.repository(JdbiRetentionRuns::new), audit,
                        platform.clock())));
    }

    /**
     * The categories the operator adds to by User-ID while the account exists (recording a data-subject request,
     * placing a legal hold, identifying a Tracking-ID, restricting processing or turning switches off on a request): each of those writes locks the account row
     * ({@code AccountRepository.lock}), so one that ran while the erasure did committed before the account row went,
     * and a sweep of these stores after it finds what the earlier steps could not see yet.
     */
    private static final Set<String> WRITTEN_WHILE_THE_ACCOUNT_EXISTS = Set.of(
            PrivacyPersonalData.DATA_SUBJECT_REQUESTS.id(), AccountPersonalData.LEGAL_HOLDS.id(),
            TelemetryPersonalData.IDENTIFICATIONS.id(), PrivacyPersonalData.PROCESSING_RESTRICTION.id(),
            PrivacyPersonalData.PRIVACY_SWITCHES.id(), PrivacyPersonalData.CONSENT_HISTORY.id());

    /**
     * Every store but the account and the erasure requests themselves (the engine's own row); then, once the user's
     * requests in flight at the request have ended (the engine's settle time), a sweep of each of them, for what
     * those requests wrote after the store's step (no new ones start: {@code AccountRepository.lockForNewAccess},
     * and the sessions ended); the sweep runs while the account row still is there, since some stores find the
     * user's data through it (the statistics through the Statistics-ID). Then the account; then, the account row
     * gone, a sweep of the stores the operator can add to until then; then the audit log, whose events name the user
     * by a pseudonym from then on.
     */
    private static List<ErasureStep> erasureSteps(RegisterStores stores, AuditLog audit, Pseudonyms pseudonyms) {
        List<PersonalDataStore> erased = stores.erasureOrder().stream()
                .filter(store -> !store.category().equals(RegisterPersonalData.ERASURE_REQUESTS.id())).toList();
        List<PersonalDataStore> beforeTheAccount = erased.stream()
                .filter(store -> !store.category().equals(RegisterStores.ERASED_LAST)).toList();
        List<ErasureStep> steps = new ArrayList<>(beforeTheAccount.stream().map(ErasureStep::of).toList());
        beforeTheAccount.stream().map(store -> ErasureStep.of(store).again()).forEach(steps::add);
        erased.stream().filter(store -> store.category().equals(RegisterStores.ERASED_LAST))
                .map(ErasureStep::of).forEach(steps::add);
        beforeTheAccount.stream().filter(store -> WRITTEN_WHILE_THE_ACCOUNT_EXISTS.contains(store.category()))
                .map(store -> ErasureStep.of(store).again()).forEach(steps::add);
        steps.add(new ErasureStep(AuditPersonalData.AUDIT_LOG.id(), StoreKind.RELATIONAL, (user, limit) ->
                audit.replaceInTargets(user.value(), pseudonyms.pseudonymOf(user).value(), limit)));
        return steps;
    }

    public Register register() {
        return register;
    }

    /** The stores behind the register, for export, erasure and retention. */
    public RegisterStores stores() {
        return stores;
    }

    /** The erasure engine. */
    public ErasureService erasures() {
        return erasures;
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return List.of();
    }

    @Override
    public List<HttpRoutes> routes() {
        return routes;
    }
}
