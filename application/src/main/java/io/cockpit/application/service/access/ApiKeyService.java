package io.cockpit.application.service.access;

import io.cockpit.application.port.in.access.AdministerApiKeysUseCase;
import io.cockpit.application.port.in.access.AuthenticateApiKeyUseCase;
import io.cockpit.application.port.out.access.ApiKeyRepository;
import io.cockpit.domain.access.ApiKey;
import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.ApiKeyRole;
import io.cockpit.domain.access.SecretToken;
import io.cockpit.domain.access.TokenHash;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

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
        return keys.findByHash(TokenHash.of(presentedSecret)).filter(key -> key.role() == expectedRole);
    }

    @Override
    public SecretToken create(ApiKeyRole role, ApiKeyName name) {
        SecretToken secret = SecretToken.generate(role.tokenKind(), random);
        store(role, name, secret);
        return secret;
    }

    @Override
    public FirstKey ensureFirstKey(ApiKeyRole role, ApiKeyName name, Optional<String> preset) {
        if (keys.existsFor(role)) {
            return new KeyAlreadyExisted();
        }
        if (preset.isPresent()) {
            String value = preset.get().strip();
            if (value.length() < MINIMUM_PRESET_LENGTH) {
                throw new IllegalArgumentException("a preset " + role.name().toLowerCase()
                        + " key needs at least " + MINIMUM_PRESET_LENGTH + " characters");
            }
            store(role, name, new SecretToken(value));
            return new PresetInstalled();
        }
        return new KeyCreated(create(role, name));
    }

    private void store(ApiKeyRole role, ApiKeyName name, SecretToken secret) {
        keys.add(new ApiKey(UUID.randomUUID().toString(), role, name, secret.hash(), clock.instant()));
    }
}
