package io.cockpit.domain.access;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeyTest {

    private static final Instant CREATED = Instant.parse("2026-11-29T10:00:00Z");

    private static ApiKey key(Optional<Instant> lastUsed, Optional<Instant> expires, Optional<Instant> revoked) {
        return new ApiKey("k1", ApiKeyRole.PARTNER, new ApiKeyName("acme"), TokenHash.of("secret"), CREATED,
                lastUsed, expires, revoked);
    }

    @Test
    void aKeyOpensTheApiUntilItExpiresOrIsRevoked() {
        ApiKey forever = new ApiKey("k1", ApiKeyRole.PARTNER, new ApiKeyName("acme"), TokenHash.of("s"), CREATED);
        ApiKey expiring = key(Optional.empty(), Optional.of(CREATED.plusSeconds(3600)), Optional.empty());
        ApiKey revoked = key(Optional.empty(), Optional.empty(), Optional.of(CREATED.plusSeconds(60)));

        assertThat(forever.usableAt(CREATED.plusSeconds(100_000_000))).isTrue();
        assertThat(expiring.usableAt(CREATED.plusSeconds(3599))).isTrue();
        assertThat(expiring.usableAt(CREATED.plusSeconds(3600))).isFalse();
        assertThat(revoked.usableAt(CREATED)).isFalse();
    }

    @Test
    void aUseIsWorthRecordingOncePerMinute() {
        ApiKey used = key(Optional.of(CREATED), Optional.empty(), Optional.empty());

        assertThat(key(Optional.empty(), Optional.empty(), Optional.empty()).lastUseOutdatedAt(CREATED)).isTrue();
        assertThat(used.lastUseOutdatedAt(CREATED.plusSeconds(59))).isFalse();
        assertThat(used.lastUseOutdatedAt(CREATED.plusSeconds(60))).isTrue();
    }

    @Test
    void aKeyCannotExpireBeforeItWasCreated() {
        assertThatThrownBy(() -> key(Optional.empty(), Optional.of(CREATED), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
