package io.cockpit.application.port.out.access;

import io.cockpit.application.testing.AccountMother;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class ActivationTokensContract {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    protected abstract ActivationTokens tokens();

    private static TokenHash aHash() {
        return TokenHash.of(UUID.randomUUID().toString());
    }

    @Test
    void findsTheAccountOfAValidToken() {
        UserId user = AccountMother.anAccount().build().userId();
        TokenHash hash = aHash();

        tokens().replace(user, hash, NOW.plusSeconds(60), NOW);

        assertThat(tokens().findValid(hash, NOW)).contains(user);
        assertThat(tokens().findValid(hash, NOW.plusSeconds(59))).contains(user);
    }

    @Test
    void anExpiredTokenFindsNothing() {
        UserId user = AccountMother.anAccount().build().userId();
        TokenHash hash = aHash();
        tokens().replace(user, hash, NOW.plusSeconds(60), NOW);

        assertThat(tokens().findValid(hash, NOW.plusSeconds(60))).isEmpty();
    }

    @Test
    void aNewTokenEndsTheEarlierOnesOfTheSameAccountOnly() {
        UserId user = AccountMother.anAccount().build().userId();
        UserId otherUser = AccountMother.anAccount().build().userId();
        TokenHash first = aHash();
        TokenHash second = aHash();
        TokenHash others = aHash();
        tokens().replace(user, first, NOW.plusSeconds(60), NOW);
        tokens().replace(otherUser, others, NOW.plusSeconds(60), NOW);

        tokens().replace(user, second, NOW.plusSeconds(60), NOW);

        assertThat(tokens().findValid(first, NOW)).isEmpty();
        assertThat(tokens().findValid(second, NOW)).contains(user);
        assertThat(tokens().findValid(others, NOW)).contains(otherUser);
    }

    @Test
    void aTokenIsConsumedExactlyOnce() {
        UserId user = AccountMother.anAccount().build().userId();
        TokenHash hash = aHash();
        tokens().replace(user, hash, NOW.plusSeconds(60), NOW);

        assertThat(tokens().consume(hash, NOW)).contains(user);
        assertThat(tokens().consume(hash, NOW)).isEmpty();
        assertThat(tokens().findValid(hash, NOW)).isEmpty();
    }

    @Test
    void anExpiredTokenCannotBeConsumed() {
        UserId user = AccountMother.anAccount().build().userId();
        TokenHash hash = aHash();
        tokens().replace(user, hash, NOW.plusSeconds(60), NOW);

        assertThat(tokens().consume(hash, NOW.plusSeconds(60))).isEmpty();
    }

    @Test
    void revokingEndsEveryTokenOfTheAccountOnly() {
        UserId user = AccountMother.anAccount().build().userId();
        UserId otherUser = AccountMother.anAccount().build().userId();
        TokenHash hash = aHash();
        TokenHash others = aHash();
        tokens().replace(user, hash, NOW.plusSeconds(60), NOW);
        tokens().replace(otherUser, others, NOW.plusSeconds(60), NOW);

        tokens().revokeAll(user);

        assertThat(tokens().findValid(hash, NOW)).isEmpty();
        assertThat(tokens().consume(hash, NOW)).isEmpty();
        assertThat(tokens().findValid(others, NOW)).contains(otherUser);
    }

    @Test
    void anUnknownTokenFindsNothing() {
        assertThat(tokens().findValid(aHash(), NOW)).isEmpty();
    }
}
