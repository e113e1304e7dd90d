package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.argon2.Argon2PasswordHasher;
import io.cockpit.adapters.argon2.HashingPool;
import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.access.AuthApi;
import io.cockpit.adapters.http.access.PasswordApi;
import io.cockpit.adapters.http.access.PasswordResetApi;
import io.cockpit.adapters.mail.OutboxExpiry;
import io.cockpit.adapters.mysql.access.JdbiActivationTokens;
import io.cockpit.adapters.mysql.access.JdbiApiKeyRepository;
import io.cockpit.adapters.mysql.access.JdbiCredentialRepository;
import io.cockpit.adapters.mysql.access.JdbiKnownSignInAddresses;
import io.cockpit.adapters.mysql.access.JdbiPasswordResetTokens;
import io.cockpit.adapters.mysql.access.JdbiSessionRepository;
import io.cockpit.adapters.mysql.account.JdbiAccountRepository;
import io.cockpit.application.port.out.access.PasswordHasher;
import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.service.access.ActivationService;
import io.cockpit.application.service.access.ApiKeyService;
import io.cockpit.application.service.access.ExpiredSessions;
import io.cockpit.application.service.access.NewPassword;
import io.cockpit.application.service.access.PasswordResetLink;
import io.cockpit.application.service.access.PasswordResetRequests;
import io.cockpit.application.service.access.PasswordResetService;
import io.cockpit.application.service.access.PasswordService;
import io.cockpit.application.service.access.SessionService;
import io.cockpit.application.service.access.SignInService;
import io.cockpit.bootstrap.config.CockpitSettings;
import io.cockpit.domain.access.AccessPersonalData;
import io.cockpit.domain.access.CommonPasswords;
import io.cockpit.domain.access.PasswordPolicy;
import io.cockpit.domain.register.PersonalDataCategory;

import java.util.ArrayList;
import java.util.List;

/** API keys, activation, sign-in, sessions (devices), password changes and resets by e-mail. */
public final class AccessCapability implements Capability {

    private final ApiKeyService apiKeys;
    private final SessionService sessions;
    private final ActivationService activation;
    private final SignInService signIn;
    private final PasswordService passwords;
    private final PasswordResetRequests resetRequests;
    private final PasswordResetService resets;
    private final List<PersonalDataStore> personalDataStores;
    private final List<ExpiringPersonalData> expiringData;
    private final PasswordHasher hasher;

    public AccessCapability(Platform platform, ProtectionCapability protection, SettingsCapability settings,
                            TelemetryCapability telemetry) {
        this.apiKeys = new ApiKeyService(platform.repository(JdbiApiKeyRepository::new), platform.clock(),
                platform.random());
        JdbiSessionRepository sessionRows = platform.repository(JdbiSessionRepository::new);
        this.sessions = new SessionService(sessionRows, platform.sessionCache(), platform.transactions(),
                platform.settings().sessionPolicy(), platform.clock(), platform.random());
        PasswordHasher hasher = new Argon2PasswordHasher(platform.settings().argon2(), platform.random(),
                PasswordHashingMetrics.register(hashingPool(platform.settings())));
        this.hasher = hasher;
        PasswordPolicy passwordPolicy = new PasswordPolicy(CommonPasswords.bundled());
        JdbiAccountRepository accounts = platform.repository(JdbiAccountRepository::new);
        JdbiCredentialRepository credentials = platform.repository(JdbiCredentialRepository::new);
        JdbiActivationTokens activationTokens = platform.repository(JdbiActivationTokens::new);
        JdbiPasswordResetTokens resetTokens = platform.repository(JdbiPasswordResetTokens::new);
        NewPassword newPassword = new NewPassword(credentials, activationTokens, resetTokens, sessions);
        this.activation = new ActivationService(accounts, activationTokens, credentials, newPassword, hasher,
                passwordPolicy, protection.guard(), sessions, platform.transactions(), platform.clock());
        JdbiKnownSignInAddresses knownAddresses = platform.repository(JdbiKnownSignInAddresses::new);
        this.signIn = new SignInService(accounts, credentials, hasher, knownAddresses, protection.guard(), sessions,
                platform.transactions(), platform.clock(), telemetry.productEvents());
        this.passwords = new PasswordService(accounts, credentials, newPassword, hasher, passwordPolicy,
                protection.guard(), platform.transactions(), platform.clock());
        this.resetRequests = new PasswordResetRequests(accounts, credentials, resetTokens, settings.settings(),
                platform.mail(), new PasswordResetLink(platform.settings().webUrl()), protection.guard(),
                platform.deferred(), platform.transactions(), platform.clock(), platform.random());
        this.resets = new PasswordResetService(accounts, resetTokens, credentials, newPassword, hasher,
                passwordPolicy, protection.guard(), platform.transactions(), platform.clock());
        // the session rows before their cache: no session is cached again from a row that still exists
        this.personalDataStores = List.of(credentials, activationTokens, resetTokens, sessionRows,
                platform.sessionCache(), knownAddresses);
        List<ExpiringPersonalData> expiring = new ArrayList<>(List.of(activationTokens, resetTokens,
                new ExpiredSessions(sessionRows, platform.sessionCache(), platform.settings().sessionPolicy()),
                knownAddresses));
        if (platform.settings().smtp().isEmpty()) {
            expiring.add(new OutboxExpiry(platform.settings().outbox()));
        }
        this.expiringData = List.copyOf(expiring);
    }

    /** The configured pool, or one sized from this JVM's heap and processors. */
    private static HashingPool hashingPool(CockpitSettings settings) {
        CockpitSettings.PasswordPool configured = settings.passwordPool();
        int size = configured.size() > 0 ? configured.size() : HashingPool.sizeFor(settings.argon2(),
                Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
        return new HashingPool(size, configured.maxWait());
    }

    public ApiKeyService apiKeys() {
        return apiKeys;
    }

    public SessionService sessions() {
        return sessions;
    }

    /** The password hasher with its bounded pool, for the password that confirms an erasure. */
    public PasswordHasher passwordHasher() {
        return hasher;
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return AccessPersonalData.categories();
    }

    @Override
    public List<HttpRoutes> routes() {
        return List.of(AuthApi.routes(activation, signIn, sessions), PasswordApi.routes(passwords),
                PasswordResetApi.routes(resetRequests, resets));
    }

    @Override
    public List<PersonalDataStore> personalDataStores() {
        return personalDataStores;
    }

    /** Tokens, sessions and known addresses past their time; in the embedded mode also the outbox's mails. */
    @Override
    public List<ExpiringPersonalData> expiringData() {
        return expiringData;
    }
}
