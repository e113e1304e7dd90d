package io.cockpit.application.port.out.linkedin;

import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.testing.LinkedInMother;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.SyncKind;
import io.cockpit.domain.linkedin.SyncState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public abstract class SyncStateRepositoryContract implements PersonalDataStoreCases {

    private static final Instant T0 = LinkedInMother.T0;

    protected abstract SyncStateRepository states();

    protected abstract Transactions transactions();

    @Test
    void aUserStartsNeverSyncedAndTheStateKeepsWhatWasSaved() {
        UserId user = LinkedInMother.aUser();
        assertThat(states().find(user)).isEmpty();

        states().ensure(user);
        states().ensure(user);
        SyncState saved = SyncState.never(user).advanced(SyncKind.MESSAGES, T0, Optional.of(T0.minusSeconds(60)))
                .advanced(SyncKind.CONTACTS, T0.plusMillis(1), Optional.empty());
        states().save(saved);

        assertThat(states().find(user)).contains(saved);
        assertThat(states().find(LinkedInMother.aUser())).isEmpty();
        assertThat(transactions().inTransaction(() -> states().lock(user))).contains(saved);
    }

    @Test
    void lockingFindsNothingWithoutTheRowOrAfterTheUsersErasure() {
        UserId user = LinkedInMother.aUser();
        assertThat(transactions().inTransaction(() -> states().lock(user))).isEmpty();

        states().ensure(user);
        assertThat(transactions().inTransaction(() -> states().lock(user))).isPresent();
        states().erase(user, 100);
        assertThat(transactions().inTransaction(() -> states().lock(user))).isEmpty();
    }

    @Test
    void aSecondWriterOfTheSameUserWaitsUntilTheFirstCommits() throws Exception {
        UserId user = LinkedInMother.aUser();
        UserId other = LinkedInMother.aUser();
        states().ensure(user);
        states().ensure(other);
        CountDownLatch firstHolds = new CountDownLatch(1);
        AtomicLong firstCommitted = new AtomicLong();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions().inTransaction(() -> {
            states().lock(user);
            firstHolds.countDown();
            sleep(400);
            firstCommitted.set(System.nanoTime());
            return null;
        }));
        assertThat(firstHolds.await(10, TimeUnit.SECONDS)).isTrue();

        long otherUserLocked = transactions().inTransaction(() -> {
            states().lock(other);
            return System.nanoTime();
        });
        long secondLocked = transactions().inTransaction(() -> {
            states().lock(user);
            return System.nanoTime();
        });
        first.get(10, TimeUnit.SECONDS);

        assertThat(otherUserLocked).as("another user's lock does not wait").isLessThan(firstCommitted.get());
        assertThat(secondLocked).as("the same user's lock waits for the commit").isGreaterThanOrEqualTo(firstCommitted.get());
    }

    @Test
    void exportShowsTheStateAndEraseRemovesIt() {
        UserId user = LinkedInMother.aUser();
        UserId other = LinkedInMother.aUser();
        states().ensure(user);
        states().ensure(other);
        states().save(SyncState.never(user).advanced(SyncKind.PROFILE, T0, Optional.of(T0)));

        List<ExportedItem> exported = new ArrayList<>();
        states().export(user, exported::add);

        assertThat(exported).singleElement().satisfies(item -> {
            assertThat(item.fields()).containsEntry("profileSyncedAt", T0).containsEntry("profileLastItemAt", T0);
            assertThat(item.fields().get("messagesSyncedAt")).isNull();
        });
        assertThat(states().category()).isEqualTo("linkedin_profile");
        assertThat(states().erase(user, 10)).isEqualTo(1);
        assertThat(states().erase(user, 10)).isZero();
        assertThat(states().find(user)).isEmpty();
        assertThat(states().find(other)).isPresent();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public PersonalDataStore personalData() {
        return states();
    }

    @Override
    public int giveData(UserId user) {
        states().ensure(user);
        states().save(SyncState.never(user).advanced(SyncKind.CONTACTS, T0, Optional.of(T0)));
        return 1;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return states().find(user).isPresent();
    }

    @Override
    public List<String> exportedFields() {
        List<String> fields = new ArrayList<>();
        for (SyncKind kind : SyncKind.values()) {
            String name = kind.name().toLowerCase(java.util.Locale.ROOT);
            fields.add(name + "SyncedAt");
            fields.add(name + "LastItemAt");
        }
        return fields;
    }
}
