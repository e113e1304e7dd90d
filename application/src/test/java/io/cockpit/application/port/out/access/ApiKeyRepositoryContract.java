package io.cockpit.application.port.out.access;

import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.access.ApiKey;
import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.ApiKeyRole;
import io.cockpit.domain.access.TokenHash;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs against an empty store. */
public abstract class ApiKeyRepositoryContract {

    protected abstract ApiKeyRepository keys();

    private static ApiKey aKey(ApiKeyRole role, String name) {
        return new ApiKey(UUID.randomUUID().toString(), role, new ApiKeyName(name),
                TokenHash.of(UUID.randomUUID().toString()), Instant.parse("2026-11-29T10:00:00.5Z"));
    }

    @Test
    void findsAKeyByTheHashOfItsSecret() {
        ApiKey key = aKey(ApiKeyRole.PARTNER, "acme");
        keys().add(key);

        assertThat(keys().findByHash(key.hash())).contains(key);
        assertThat(keys().findByHash(TokenHash.of("something else"))).isEmpty();
    }

    @Test
    void tellsWhetherAnyKeyOfARoleExists() {
        assertThat(keys().existsFor(ApiKeyRole.PARTNER)).isFalse();
        assertThat(keys().existsFor(ApiKeyRole.OPERATOR)).isFalse();

        keys().add(aKey(ApiKeyRole.OPERATOR, "alice"));

        assertThat(keys().existsFor(ApiKeyRole.OPERATOR)).isTrue();
        assertThat(keys().existsFor(ApiKeyRole.PARTNER)).isFalse();
    }

    @Test
    void refusesTwoKeysWithTheSameSecret() {
        ApiKey key = aKey(ApiKeyRole.PARTNER, "acme");
        keys().add(key);

        assertThatThrownBy(() -> keys().add(new ApiKey(UUID.randomUUID().toString(), ApiKeyRole.PARTNER,
                new ApiKeyName("globex"), key.hash(), key.createdAt())))
                .isInstanceOf(UniquenessViolation.class);
    }
}
