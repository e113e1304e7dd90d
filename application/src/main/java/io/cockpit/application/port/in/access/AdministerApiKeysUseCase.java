package io.cockpit.application.port.in.access;

import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.ApiKeyRole;
import io.cockpit.domain.access.SecretToken;

import java.util.Optional;

/** Creates API keys from the command line and at first start. */
public interface AdministerApiKeysUseCase {

    /** A new key; the secret is returned once and stored only as a hash. */
    SecretToken create(ApiKeyRole role, ApiKeyName name);

    /**
     * Makes sure a key of {@code role} exists: if none does, installs {@code preset} (when given) or creates a new
     * one.
     */
    FirstKey ensureFirstKey(ApiKeyRole role, ApiKeyName name, Optional<String> preset);

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
