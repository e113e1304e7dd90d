package io.cockpit.domain.access;

import io.cockpit.domain.account.UserId;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-01-01T00:00:00Z");
    private final SessionPolicy policy = SessionPolicy.DEFAULT;
    private final Session session = new Session(SessionId.random(), UserId.generate(SIGNED_IN, new SecureRandom()),
            TokenHash.of("t"), new DeviceLabel("Firefox on Linux"), SIGNED_IN, SIGNED_IN);

    @Test
    void endsThirtyDaysAfterTheLastUse() {
        Session used = session.seenAt(SIGNED_IN.plus(Duration.ofDays(10)));

        assertThat(used.expiresAt(policy)).isEqualTo(SIGNED_IN.plus(Duration.ofDays(40)));
        assertThat(used.isExpired(SIGNED_IN.plus(Duration.ofDays(40)).minusMillis(1), policy)).isFalse();
        assertThat(used.isExpired(SIGNED_IN.plus(Duration.ofDays(40)), policy)).isTrue();
    }

    @Test
    void endsNinetyDaysAfterSignInHoweverOftenUsed() {
        Session usedDaily = session.seenAt(SIGNED_IN.plus(Duration.ofDays(89)));

        assertThat(usedDaily.expiresAt(policy)).isEqualTo(SIGNED_IN.plus(Duration.ofDays(90)));
    }

    @Test
    void lastUseIsWrittenAtMostOncePerTouchInterval() {
        assertThat(session.needsTouch(SIGNED_IN.plusSeconds(59), policy)).isFalse();
        assertThat(session.needsTouch(SIGNED_IN.plusSeconds(60), policy)).isTrue();
    }

    @Test
    void lastUseIsShownToTheMinuteButNeverBeforeSignIn() {
        Session fresh = new Session(session.id(), session.userId(), session.tokenHash(), session.device(),
                SIGNED_IN.plusSeconds(29), SIGNED_IN.plusSeconds(29));

        assertThat(fresh.lastSeenToTheMinute()).isEqualTo(SIGNED_IN.plusSeconds(29));
        assertThat(fresh.seenAt(SIGNED_IN.plusSeconds(150)).lastSeenToTheMinute()).isEqualTo(SIGNED_IN.plusSeconds(120));
    }
}
