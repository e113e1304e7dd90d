package io.cockpit.application.port.in.access;

import io.cockpit.domain.access.ApiKey;
import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.ApiKeyRole;
import io.cockpit.domain.access.SecretToken;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Creates, lists and revokes API keys from the command line, and creates the first ones at first start. */
public interface AdministerApiKeysUseCase {

    /**
     * A new key, valid until {@code expiresAt} if given; the secret is returned once and stored only as a hash.
     *
     * @throws io.cockpit.domain.shared.InvalidValueException {@code api_key.expiry_passed} if the expiry is not in
     *         the future
     */
    SecretToken create(ApiKeyRole role, ApiKeyName name, Optional<Instant> expiresAt);

    /** A new key that does not expire. */
    default SecretToken create(ApiKeyRole role, ApiKeyName name) {
        return create(role, name, Optional.empty());
    }

    /**
     * Makes sure a key of {@code role} exists: if none ever did, installs {@code preset} (when given) or creates a
     * new one. Of several nodes doing this at once on an empty database, exactly one creates the key.
     */
    FirstKey ensureFirstKey(ApiKeyRole role, ApiKeyName name, Optional<String> preset);

    /** Every key, revoked and expired ones too (never the secret: it is not stored). */
    List<ApiKey> list();

    /**
     * Revokes the keys of {@code role} named {@code name} (only the one with {@code id}, if given); from then on
     * they get 401 on every node. How many were revoked.
     */
    int revoke(ApiKeyRole role, ApiKeyName name, Optional<String> id);

    /** What {@link #ensureFirstKey} did. */
    sealed interface FirstKey {
    }

    record KeyAlreadyExisted() implements FirstKey {
    }

    record PresetInstalled() implements FirstKey {
    }

    /** A new key was made; print it now, it cannot be shown again. */
    record KeyCreated(SecretToken secret) implements FirstKey {
    }
}
