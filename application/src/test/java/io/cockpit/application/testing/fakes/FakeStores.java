package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.access.ActivationTokens;
import io.cockpit.application.port.out.access.ApiKeyRepository;
import io.cockpit.application.port.out.access.CredentialRepository;
import io.cockpit.application.port.out.access.KnownSignInAddresses;
import io.cockpit.application.port.out.access.PasswordResetTokens;
import io.cockpit.application.port.out.access.SessionCache;
import io.cockpit.application.port.out.access.SessionRepository;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.account.TrackingIdRegistry;
import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.application.port.out.label.LabelRepository;
import io.cockpit.application.port.out.linkedin.ContactRepository;
import io.cockpit.application.port.out.linkedin.ConversationRepository;
import io.cockpit.application.port.out.linkedin.MessageRepository;
import io.cockpit.application.port.out.linkedin.ProfileRepository;
import io.cockpit.application.port.out.linkedin.SuppressionRepository;
import io.cockpit.application.port.out.recommendation.RecommendationFeedback;
import io.cockpit.application.port.out.linkedin.SyncStateRepository;
import io.cockpit.application.port.out.privacy.ConsentLedger;
import io.cockpit.application.port.out.privacy.DataSubjectRequestRepository;
import io.cockpit.application.port.out.privacy.PrivacyRepository;
import io.cockpit.application.port.out.privacy.RestrictionRepository;
import io.cockpit.application.port.out.protection.AttemptCounter;
import io.cockpit.application.port.out.protection.BlockedAddressRepository;
import io.cockpit.application.port.out.register.ErasureLedger;
import io.cockpit.application.port.out.register.RetentionRuns;
import io.cockpit.application.port.out.settings.SettingsRepository;
import io.cockpit.application.port.out.shared.IdempotencyStore;
import io.cockpit.application.port.out.shared.JobLeases;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.port.out.template.TemplateRepository;
import io.cockpit.application.port.out.website.ApplicationDocumentStore;
import io.cockpit.application.port.out.website.ApplicationRepository;
import io.cockpit.application.port.out.website.ContactRequestRepository;
import io.cockpit.application.security.Pseudonyms;
import io.cockpit.application.security.ServerSecret;
import io.cockpit.application.testing.MutableClock;

/**
 * Every out-port as an in-memory fake, the relational ones on one {@link FakeDatabase}, and the clock they share:
 * what a service test wires its services from. Each fake passes its port's contract suite, as the real adapters do.
 */
public final class FakeStores {

    public final MutableClock clock = MutableClock.startingAt("2026-11-29T10:00:00Z");
    /** The server secret of the services under test (all zeros), and the pseudonyms derived from it. */
    public final ServerSecret secret = new ServerSecret(new byte[32]);
    public final Pseudonyms pseudonyms = new Pseudonyms(secret);
    public final FakeDatabase database = new FakeDatabase();
    public final Transactions transactions = database.transactions();

    public final FakeLegalHolds legalHolds = new FakeLegalHolds(database);
    public final RestrictionRepository restrictions = new FakeRestrictionRepository(database);
    public final AccountRepository accounts = new FakeAccountRepository(database, legalHolds, restrictions);
    public final FakeErasureRequests erasureRequests = new FakeErasureRequests(database);
    public final TrackingIdRegistry trackingIds = new FakeTrackingIdRegistry(database);
    public final ActivationTokens activationTokens = new FakeActivationTokens(database);
    public final PasswordResetTokens resetTokens = new FakePasswordResetTokens(database);
    public final ApiKeyRepository apiKeys = new FakeApiKeyRepository(database);
    public final CredentialRepository credentials = new FakeCredentialRepository(database);
    public final SessionRepository sessions = new FakeSessionRepository(database);
    public final KnownSignInAddresses knownAddresses = new FakeKnownSignInAddresses(database);
    public final BlockedAddressRepository blockedAddresses = new FakeBlockedAddressRepository(database);
    public final AuditLog audit = new FakeAuditLog(database);
    public final ErasureLedger erasureLedger = new FakeErasureLedger(database);
    public final SettingsRepository settings = new FakeSettingsRepository(database);
    public final PrivacyRepository privacy = new FakePrivacyRepository(database);
    public final ConsentLedger consents = new FakeConsentLedger(database);
    public final DataSubjectRequestRepository dataSubjectRequests = new FakeDataSubjectRequestRepository(database,
            pseudonyms);
    public final RetentionRuns retentionRuns = new FakeRetentionRuns(database);
    public final TemplateRepository templates = new FakeTemplateRepository(database);
    public final LabelRepository labels = new FakeLabelRepository(database);
    public final FakeIdentificationRepository identifications = new FakeIdentificationRepository(database);
    public final ContactRequestRepository contactRequests = new FakeContactRequestRepository(database);
    public final ApplicationRepository applications = new FakeApplicationRepository(database);
    public final ApplicationDocumentStore applicationDocuments = new FakeApplicationDocumentStore(database);
    public final SyncStateRepository syncStates = new FakeSyncStateRepository(database);
    public final ProfileRepository profiles = new FakeProfileRepository(database);
    public final ContactRepository contacts = new FakeContactRepository(database);
    public final ConversationRepository conversations = new FakeConversationRepository(database);
    public final MessageRepository messages = new FakeMessageRepository(database);
    public final SuppressionRepository suppressions = new FakeSuppressionRepository(database);
    public final RecommendationFeedback recommendationFeedback = new FakeRecommendationFeedback(database);

    public final SessionCache sessionCache = new FakeSessionCache(clock);
    public final IdempotencyStore idempotency = new FakeIdempotencyStore(clock);
    public final AttemptCounter attempts = new FakeAttemptCounter();
    public final FakeMailSender mail = new FakeMailSender();
    public final JobLeases jobLeases = new FakeJobLeases();
}
