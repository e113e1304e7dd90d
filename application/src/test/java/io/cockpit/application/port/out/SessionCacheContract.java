package io.cockpit.application.port.out;

import io.cockpit.application.testing.AccountMother;
import io.cockpit.domain.access.DeviceLabel;
import io.cockpit.domain.access.Session;
import io.cockpit.domain.access.SessionId;
import io.cockpit.domain.access.TokenHash;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class SessionCacheContract {

    protected abstract SessionCache cache();

    /** Lets {@code duration} pass for the cache. */
    protected abstract void letTimePass(Duration duration);

    private static Session aSession(String device) {
        Instant created = Instant.parse("2026-11-29T10:00:00.123Z");
        return new Session(SessionId.random(), AccountMother.anAccount().build().userId(),
                TokenHash.of(UUID.randomUUID().toString()), new DeviceLabel(device), created, created.plusSeconds(61));
    }

    @Test
    void returnsWhatWasPutUnderItsTokenHash() {
        Session session = aSession("Safari on iPhone | with a pipe");

        cache().put(session, Duration.ofMinutes(5));

        assertThat(cache().find(session.tokenHash())).contains(session);
        assertThat(cache().find(TokenHash.of("other"))).isEmpty();
    }

    @Test
    void evictedSessionsAreGone() {
        Session first = aSession("A");
        Session second = aSession("B");
        Session kept = aSession("C");
        List.of(first, second, kept).forEach(s -> cache().put(s, Duration.ofMinutes(5)));

        cache().evict(List.of(first.tokenHash(), second.tokenHash()));
        cache().evict(List.of());

        assertThat(cache().find(first.tokenHash())).isEmpty();
        assertThat(cache().find(second.tokenHash())).isEmpty();
        assertThat(cache().find(kept.tokenHash())).contains(kept);
    }

    @Test
    void entriesExpire() {
        Session session = aSession("A");
        cache().put(session, Duration.ofMillis(300));

        letTimePass(Duration.ofMillis(600));

        assertThat(cache().find(session.tokenHash())).isEmpty();
    }
}
