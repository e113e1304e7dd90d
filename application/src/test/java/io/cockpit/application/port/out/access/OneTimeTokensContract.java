package io.cockpit.application.port.out.access;

import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a kind of one-time token, for each of the two ports ({@link ActivationTokensContract},
 * {@link PasswordResetTokensContract}). */
public abstract class OneTimeTokensContract implements PersonalDataStoreCases {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    protected abstract OneTimeTokens tokens();

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

    private final Map<UserId, TokenHash> given = new HashMap<>();

    @Override
    public PersonalDataStore personalData() {
        return tokens();
    }

    @Override
    public int giveData(UserId user) {
        TokenHash hash = aHash();
        tokens().replace(user, hash, NOW.plusSeconds(3600), NOW);
        given.put(user, hash);
        return 1;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return given.containsKey(user) && tokens().findValid(given.get(user), NOW).isPresent();
    }

    @Override
    public List<String> exportedFields() {
        return List.of("purpose", "issuedAt", "expiresAt");
    }

    @Override
    public List<String> neverExported() {
        return given.values().stream().map(TokenHash::hex).toList();
    }

    @Test
    void theExportShowsWhenTheTokenWasIssuedAndWhenItExpires() {
        UserId user = AccountMother.anAccount().build().userId();
        tokens().replace(user, aHash(), NOW.plusSeconds(3600), NOW.minusSeconds(5));

        List<ExportedItem> items = new ArrayList<>();
        tokens().export(user, items::add);

        assertThat(items).extracting(item -> item.fields().get("issuedAt"), item -> item.fields().get("expiresAt"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NOW.minusSeconds(5), NOW.plusSeconds(3600)));
    }

    @Test
    void expiredTokensAreDeletedInBatchesAndValidOnesStay() {
        Map<UserId, TokenHash> tokens = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            UserId user = AccountMother.anAccount().build().userId();
            TokenHash hash = aHash();
            tokens().replace(user, hash, NOW.plusSeconds(i), NOW.minusSeconds(60));
            tokens.put(user, hash);
        }
        UserId valid = AccountMother.anAccount().build().userId();
        TokenHash validHash = aHash();
        tokens().replace(valid, validHash, NOW.plusSeconds(3), NOW.minusSeconds(60));
        Instant cutoff = NOW.plusSeconds(3);

        assertThat(tokens().deleteExpired(cutoff, 2)).isEqualTo(2);
        assertThat(tokens().deleteExpired(cutoff, 2)).isEqualTo(1);
        assertThat(tokens().deleteExpired(cutoff, 2)).isZero();

        assertThat(tokens().findValid(validHash, NOW)).contains(valid);
        tokens.values().forEach(hash -> assertThat(tokens().findValid(hash, NOW.minusSeconds(30))).isEmpty());
    }
}
