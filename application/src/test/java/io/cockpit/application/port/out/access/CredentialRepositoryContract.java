package io.cockpit.application.port.out.access;

import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.application.testing.Race;
import io.cockpit.application.testing.Race.Outcome;
import io.cockpit.domain.access.PasswordHash;
import io.cockpit.domain.account.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class CredentialRepositoryContract implements PersonalDataStoreCases {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    protected abstract CredentialRepository credentials();

    private static UserId aUser() {
        return AccountMother.anAccount().build().userId();
    }

    @Test
    void theFirstPasswordIsSetOnceAndOnlyForItsUser() {
        UserId user = aUser();
        UserId other = aUser();

        assertThat(credentials().create(user, new PasswordHash("$argon2id$first"), NOW)).isTrue();
        assertThat(credentials().create(other, new PasswordHash("$argon2id$other"), NOW)).isTrue();
        assertThat(credentials().create(user, new PasswordHash("$argon2id$again"), NOW.plusSeconds(5))).isFalse();

        assertThat(credentials().find(user)).contains(new PasswordHash("$argon2id$first"));
        assertThat(credentials().find(other)).contains(new PasswordHash("$argon2id$other"));
        assertThat(credentials().find(aUser())).isEmpty();
    }

    @Test
    void aPasswordIsReplacedOnlyInPlaceOfTheHashTheCallerChecked() {
        UserId user = aUser();
        credentials().create(user, new PasswordHash("$argon2id$first"), NOW);

        assertThat(credentials().replace(user, new PasswordHash("$argon2id$stale"), new PasswordHash("$argon2id$x"),
                NOW)).isFalse();
        assertThat(credentials().replace(user, new PasswordHash("$argon2id$first"), new PasswordHash("$argon2id$second"),
                NOW.plusSeconds(5))).isTrue();
        assertThat(credentials().replace(user, new PasswordHash("$argon2id$first"), new PasswordHash("$argon2id$third"),
                NOW.plusSeconds(6))).isFalse();

        assertThat(credentials().find(user)).contains(new PasswordHash("$argon2id$second"));
    }

    @Test
    void anAccountWithoutPasswordHasNothingToReplace() {
        UserId user = aUser();

        assertThat(credentials().replace(user, new PasswordHash("$argon2id$first"), new PasswordHash("$argon2id$x"),
                NOW)).isFalse();
        assertThat(credentials().find(user)).isEmpty();
    }

    @Test
    void ofConcurrentReplacementsOfOneHashExactlyOneWins() throws InterruptedException {
        UserId user = aUser();
        PasswordHash checked = new PasswordHash("$argon2id$checked");
        credentials().create(user, checked, NOW);
        AtomicInteger next = new AtomicInteger();

        List<Outcome<PasswordHash>> outcomes = Race.run(8, () -> {
            PasswordHash mine = new PasswordHash("$argon2id$new-" + next.incrementAndGet());
            return credentials().replace(user, checked, mine, NOW) ? mine : null;
        });

        assertThat(outcomes).allMatch(Outcome::succeeded);
        List<PasswordHash> winners = outcomes.stream().map(Outcome::value).filter(v -> v != null).toList();
        assertThat(winners).hasSize(1);
        assertThat(credentials().find(user)).contains(winners.getFirst());
    }

    @Test
    void ofConcurrentFirstPasswordsExactlyOneIsSet() throws InterruptedException {
        UserId user = aUser();
        AtomicInteger next = new AtomicInteger();

        List<Outcome<PasswordHash>> outcomes = Race.run(8, () -> {
            PasswordHash mine = new PasswordHash("$argon2id$first-" + next.incrementAndGet());
            return credentials().create(user, mine, NOW) ? mine : null;
        });

        assertThat(outcomes).allMatch(Outcome::succeeded);
        List<PasswordHash> winners = outcomes.stream().map(Outcome::value).filter(v -> v != null).toList();
        assertThat(winners).hasSize(1);
        assertThat(credentials().find(user)).contains(winners.getFirst());
    }

    @Override
    public PersonalDataStore personalData() {
        return credentials();
    }

    @Override
    public int giveData(UserId user) {
        credentials().create(user, new PasswordHash("$argon2id$secret-of-" + user.value()), NOW);
        return 1;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return credentials().find(user).isPresent();
    }

    @Override
    public List<String> exportedFields() {
        return List.of("passwordSet", "passwordChangedAt");
    }

    @Override
    public List<String> neverExported() {
        return List.of("$argon2id$", "secret-of-");
    }

    @Test
    void theExportSaysThatAPasswordIsSetAndWhenItChanged() {
        UserId user = aUser();
        giveData(user);
        credentials().replace(user, credentials().find(user).orElseThrow(), new PasswordHash("$argon2id$new"),
                NOW.plusSeconds(90));

        List<io.cockpit.application.port.out.register.ExportedItem> items = new java.util.ArrayList<>();
        credentials().export(user, items::add);

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.fields().get("passwordSet")).isEqualTo(true);
            assertThat(item.fields().get("passwordChangedAt")).isEqualTo(NOW.plusSeconds(90));
        });
    }
}
