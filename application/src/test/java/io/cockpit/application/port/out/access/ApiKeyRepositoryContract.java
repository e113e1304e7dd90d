package io.cockpit.application.port.out.access;

import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.application.testing.Race;
import io.cockpit.domain.access.ApiKey;
import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.ApiKeyRole;
import io.cockpit.domain.access.TokenHash;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs against an empty store. */
public abstract class ApiKeyRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00.5Z");

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

    @Test
    void keepsTheExpiryAndListsEveryKeyByRoleNameAndCreationWithoutSecrets() {
        ApiKey expiring = new ApiKey(UUID.randomUUID().toString(), ApiKeyRole.PARTNER, new ApiKeyName("acme"),
                TokenHash.of("a"), T0, Optional.empty(), Optional.of(Instant.parse("2027-07-01T00:00:00Z")),
                Optional.empty());
        ApiKey later = new ApiKey(UUID.randomUUID().toString(), ApiKeyRole.PARTNER, new ApiKeyName("acme"),
                TokenHash.of("b"), T0.plusSeconds(60));
        ApiKey operator = new ApiKey(UUID.randomUUID().toString(), ApiKeyRole.OPERATOR, new ApiKeyName("alice"),
                TokenHash.of("c"), T0);
        ApiKey globex = new ApiKey(UUID.randomUUID().toString(), ApiKeyRole.PARTNER, new ApiKeyName("globex"),
                TokenHash.of("d"), T0.minusSeconds(60));
        List.of(later, globex, operator, expiring).forEach(keys()::add);

        assertThat(keys().findByHash(expiring.hash())).contains(expiring);
        assertThat(keys().all()).containsExactly(operator, expiring, later, globex);
    }

    @Test
    void revokesTheKeysOfANameOrOneOfThemOnce() {
        ApiKey old = aKey(ApiKeyRole.PARTNER, "acme");
        ApiKey rotated = aKey(ApiKeyRole.PARTNER, "acme");
        ApiKey other = aKey(ApiKeyRole.PARTNER, "globex");
        ApiKey sameNameOtherRole = aKey(ApiKeyRole.OPERATOR, "acme");
        List.of(old, rotated, other, sameNameOtherRole).forEach(keys()::add);
        Instant at = T0.plusSeconds(3600);

        assertThat(keys().revoke(ApiKeyRole.PARTNER, new ApiKeyName("acme"), Optional.of(old.id()), at)).isEqualTo(1);
        assertThat(keys().findByHash(old.hash())).hasValueSatisfying(key ->
                assertThat(key.revokedAt()).contains(at));
        assertThat(keys().findByHash(rotated.hash())).hasValueSatisfying(key ->
                assertThat(key.revokedAt()).isEmpty());

        assertThat(keys().revoke(ApiKeyRole.PARTNER, new ApiKeyName("acme"), Optional.empty(), at.plusSeconds(1)))
                .isEqualTo(1);
        assertThat(keys().revoke(ApiKeyRole.PARTNER, new ApiKeyName("acme"), Optional.empty(), at.plusSeconds(2)))
                .isZero();
        assertThat(keys().findByHash(old.hash()).orElseThrow().revokedAt()).contains(at);
        assertThat(keys().findByHash(rotated.hash()).orElseThrow().revokedAt()).contains(at.plusSeconds(1));
        assertThat(keys().findByHash(other.hash()).orElseThrow().revokedAt()).isEmpty();
        assertThat(keys().findByHash(sameNameOtherRole.hash()).orElseThrow().revokedAt()).isEmpty();
        assertThat(keys().existsFor(ApiKeyRole.PARTNER)).isTrue();
    }

    @Test
    void recordsTheLastUse() {
        ApiKey key = aKey(ApiKeyRole.PARTNER, "acme");
        keys().add(key);

        keys().recordUse(key.id(), T0.plusSeconds(90));

        assertThat(keys().findByHash(key.hash()).orElseThrow().lastUsedAt()).contains(T0.plusSeconds(90));
    }

    @Test
    void thereIsOneFirstKeyPerRole() {
        keys().addFirst(aKey(ApiKeyRole.PARTNER, "partner"));
        keys().addFirst(aKey(ApiKeyRole.OPERATOR, "operator"));

        assertThatThrownBy(() -> keys().addFirst(aKey(ApiKeyRole.PARTNER, "partner")))
                .isInstanceOf(UniquenessViolation.class);
        keys().add(aKey(ApiKeyRole.PARTNER, "acme"));
        keys().add(aKey(ApiKeyRole.PARTNER, "globex"));
        assertThat(keys().all()).hasSize(4);
    }

    @Test
    void ofNodesAddingTheFirstKeyAtOnceExactlyOneSucceeds() throws InterruptedException {
        AtomicInteger nodes = new AtomicInteger();
        List<Race.Outcome<Boolean>> outcomes = Race.run(8, () -> {
            keys().addFirst(aKey(ApiKeyRole.PARTNER, "node-" + nodes.incrementAndGet()));
            return true;
        });

        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded())
                .allMatch(outcome -> outcome.failure() instanceof UniquenessViolation);
        assertThat(keys().all()).hasSize(1);
    }
}
