package io.cockpit.application.service.access;

import io.cockpit.application.port.in.access.AdministerApiKeysUseCase.KeyAlreadyExisted;
import io.cockpit.application.port.in.access.AdministerApiKeysUseCase.KeyCreated;
import io.cockpit.application.port.in.access.AdministerApiKeysUseCase.PresetInstalled;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.ApiKeyRole;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeyServiceTest {

    private final FakeStores stores = new FakeStores();
    private final ApiKeyService keys = new ApiKeyService(stores.apiKeys, stores.clock, new SecureRandom());

    @Test
    void theFirstKeyIsCreatedOnceAndRecognisedForItsRoleOnly() {
        KeyCreated created = (KeyCreated) keys.ensureFirstKey(ApiKeyRole.PARTNER, new ApiKeyName("acme"), Optional.empty());

        assertThat(keys.ensureFirstKey(ApiKeyRole.PARTNER, new ApiKeyName("acme"), Optional.empty()))
                .isInstanceOf(KeyAlreadyExisted.class);
        assertThat(created.secret().value()).startsWith("ckp_");
        assertThat(keys.authenticate(ApiKeyRole.PARTNER, created.secret().value()))
                .hasValueSatisfying(key -> assertThat(key.name().value()).isEqualTo("acme"));
        assertThat(keys.authenticate(ApiKeyRole.OPERATOR, created.secret().value())).isEmpty();
    }

    @Test
    void aPresetKeyBecomesTheFirstKeyIfLongEnough() {
        String preset = "preset-operator-key-0123456789abcdef";

        assertThat(keys.ensureFirstKey(ApiKeyRole.OPERATOR, new ApiKeyName("olivia"), Optional.of(preset)))
                .isInstanceOf(PresetInstalled.class);
        assertThat(keys.authenticate(ApiKeyRole.OPERATOR, preset)).isPresent();
        assertThatThrownBy(() -> keys.ensureFirstKey(ApiKeyRole.PARTNER, new ApiKeyName("acme"), Optional.of("short")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stores.apiKeys.existsFor(ApiKeyRole.PARTNER)).isFalse();
    }

    @Test
    void unknownAndEmptySecretsAreNotRecognised() {
        keys.create(ApiKeyRole.PARTNER, new ApiKeyName("acme"));

        assertThat(keys.authenticate(ApiKeyRole.PARTNER, "ckp_guess")).isEmpty();
        assertThat(keys.authenticate(ApiKeyRole.PARTNER, "")).isEmpty();
        assertThat(keys.authenticate(ApiKeyRole.PARTNER, null)).isEmpty();
    }
}
