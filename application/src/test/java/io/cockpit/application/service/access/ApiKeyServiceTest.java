package io.cockpit.application.service.access;

import io.cockpit.application.port.in.access.AdministerApiKeysUseCase.KeyAlreadyExisted;
import io.cockpit.application.port.in.access.AdministerApiKeysUseCase.KeyCreated;
import io.cockpit.application.port.in.access.AdministerApiKeysUseCase.PresetInstalled;
import io.cockpit.application.port.in.access.AdministerApiKeysUseCase.FirstKey;
import io.cockpit.application.testing.Race;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.access.ApiKey;
import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.ApiKeyRole;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    @Test
    void aRevokedKeyIsRefusedWithTheVeryNextRequest() {
        String old = keys.create(ApiKeyRole.PARTNER, new ApiKeyName("acme")).value();
        String rotated = keys.create(ApiKeyRole.PARTNER, new ApiKeyName("acme")).value();
        String oldId = keys.authenticate(ApiKeyRole.PARTNER, old).orElseThrow().id();

        assertThat(keys.revoke(ApiKeyRole.PARTNER, new ApiKeyName("acme"), Optional.of(oldId))).isEqualTo(1);
        assertThat(keys.authenticate(ApiKeyRole.PARTNER, old)).isEmpty();
        assertThat(keys.authenticate(ApiKeyRole.PARTNER, rotated)).isPresent();

        assertThat(keys.revoke(ApiKeyRole.PARTNER, new ApiKeyName("acme"), Optional.empty())).isEqualTo(1);
        assertThat(keys.authenticate(ApiKeyRole.PARTNER, rotated)).isEmpty();
        assertThat(keys.list()).allSatisfy(key -> assertThat(key.revokedAt()).isPresent());
    }

    @Test
    void anExpiringKeyWorksUntilItsExpiry() {
        Instant expiry = stores.clock.instant().plus(Duration.ofDays(30));
        String secret = keys.create(ApiKeyRole.PARTNER, new ApiKeyName("acme"), Optional.of(expiry)).value();

        stores.clock.advance(Duration.ofDays(30).minusMillis(1));
        assertThat(keys.authenticate(ApiKeyRole.PARTNER, secret)).isPresent();
        stores.clock.advance(Duration.ofMillis(1));
        assertThat(keys.authenticate(ApiKeyRole.PARTNER, secret)).isEmpty();
        assertThat(keys.list()).singleElement().satisfies(key -> assertThat(key.expiresAt()).contains(expiry));
    }

    @Test
    void aKeyCannotBeCreatedAlreadyExpired() {
        assertThatThrownBy(() -> keys.create(ApiKeyRole.PARTNER, new ApiKeyName("acme"),
                Optional.of(stores.clock.instant())))
                .hasMessageContaining("future");
        assertThat(keys.list()).isEmpty();
    }

    @Test
    void theLastUseIsRecordedToTheMinute() {
        String secret = keys.create(ApiKeyRole.OPERATOR, new ApiKeyName("olivia")).value();
        Instant first = stores.clock.instant();

        keys.authenticate(ApiKeyRole.OPERATOR, secret);
        stores.clock.advance(Duration.ofSeconds(59));
        keys.authenticate(ApiKeyRole.OPERATOR, secret);
        assertThat(keys.list().getFirst().lastUsedAt()).contains(first);

        stores.clock.advance(Duration.ofSeconds(1));
        keys.authenticate(ApiKeyRole.OPERATOR, secret);
        keys.authenticate(ApiKeyRole.PARTNER, secret);
        assertThat(keys.list().getFirst().lastUsedAt()).contains(first.plusSeconds(60));
    }

    @Test
    void nodesStartingAtOnceOnAnEmptyDatabaseCreateExactlyOneFirstKey() throws InterruptedException {
        for (int round = 0; round < 20; round++) {
            FakeStores fresh = new FakeStores();
            ApiKeyService node = new ApiKeyService(fresh.apiKeys, fresh.clock, new SecureRandom());

            List<Race.Outcome<FirstKey>> outcomes = Race.run(4,
                    () -> node.ensureFirstKey(ApiKeyRole.PARTNER, new ApiKeyName("partner"), Optional.empty()));

            assertThat(outcomes).allMatch(Race.Outcome::succeeded);
            assertThat(outcomes).filteredOn(outcome -> outcome.value() instanceof KeyCreated).hasSize(1);
            assertThat(fresh.apiKeys.all()).extracting(ApiKey::role).containsExactly(ApiKeyRole.PARTNER);
        }
    }

    @Test
    void aRevokedFirstKeyIsNotReplacedAtTheNextStart() {
        keys.ensureFirstKey(ApiKeyRole.PARTNER, new ApiKeyName("partner"), Optional.empty());
        keys.revoke(ApiKeyRole.PARTNER, new ApiKeyName("partner"), Optional.empty());

        assertThat(keys.ensureFirstKey(ApiKeyRole.PARTNER, new ApiKeyName("partner"), Optional.empty()))
                .isInstanceOf(KeyAlreadyExisted.class);
    }
}
