package io.cockpit.application.service.access;

import io.cockpit.application.port.in.access.AdministerApiKeysUseCase;
import io.cockpit.application.port.in.access.AuthenticateApiKeyUseCase;
import io.cockpit.application.port.out.access.ApiKeyRepository;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.access.ApiKey;
import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.ApiKeyRole;
import io.cockpit.domain.access.SecretToken;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.shared.InvalidValueException;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * API keys. Deliberately without a cache: every request with a key reads its row by primary key, so revoking a key
 * (a row update by `./cockpit keys revoke`) is in force on every node with the next request.
 */
public final class ApiKeyService implements AuthenticateApiKeyUseCase, AdministerApiKeysUseCase {

    /** A preset key (from the environment) must be as hard to guess as a generated one. */
    static final int MINIMUM_PRESET_LENGTH = 32;

    private final ApiKeyRepository keys;
    private final Clock clock;
    private final SecureRandom random;

    public ApiKeyService(ApiKeyRepository keys, Clock clock, SecureRandom random) {
        this.keys = keys;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public Optional<ApiKey> authenticate(ApiKeyRole expectedRole, String presentedSecret) {
        if (presentedSecret == null || presentedSecret.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiKey> key = keys.findByHash(TokenHash.of(presentedSecret))
                .filter(found -> found.role() == expectedRole && found.usableAt(now));
        key.filter(found -> found.lastUseOutdatedAt(now)).ifPresent(found -> keys.recordUse(found.id(), now));
        return key;
    }

    @Override
    public SecretToken create(ApiKeyRole role, ApiKeyName name, Optional<Instant> expiresAt) {
        Instant now = clock.instant();
        if (expiresAt.isPresent() && !expiresAt.get().isAfter(now)) {
            throw new InvalidValueException("api_key.expiry_passed", "must lie in the future");
        }
        SecretToken secret = SecretToken.generate(role.tokenKind(), random);
        keys.add(new ApiKey(UUID.randomUUID().toString(), role, name, secret.hash(), now, Optional.empty(),
                expiresAt, Optional.empty()));
        return secret;
    }

    @Override
    public FirstKey ensureFirstKey(ApiKeyRole role, ApiKeyName name, Optional<String> preset) {
        if (keys.existsFor(role)) {
            return new KeyAlreadyExisted();
        }
        SecretToken secret;
        if (preset.isPresent()) {
            String value = preset.get().strip();
            if (value.length() < MINIMUM_PRESET_LENGTH) {
                throw new IllegalArgumentException("a preset " + role.name().toLowerCase()
                        + " key needs at least " + MINIMUM_PRESET_LENGTH + " characters");
            }
            secret = new SecretToken(value);
        } else {
            secret = SecretToken.generate(role.tokenKind(), random);
        }
        try {
            keys.addFirst(new ApiKey(UUID.randomUUID().toString(), role, name, secret.hash(), clock.instant()));
        } catch (UniquenessViolation anotherNodeWasFaster) {
            return new KeyAlreadyExisted();
        }
        return preset.isPresent() ? new PresetInstalled() : new KeyCreated(secret);
    }

    @Override
    public List<ApiKey> list() {
        return keys.all();
    }

    @Override
    public int revoke(ApiKeyRole role, ApiKeyName name, Optional<String> id) {
        return keys.revoke(role, name, id, clock.instant());
    }
}
