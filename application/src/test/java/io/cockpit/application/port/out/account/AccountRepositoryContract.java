package io.cockpit.application.port.out.account;

import io.cockpit.application.port.out.privacy.RestrictionRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.application.testing.Race;
import io.cockpit.application.testing.Race.Outcome;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.ContractStatus;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.ExternalId;
import io.cockpit.domain.account.PartnerId;
import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.account.UserId;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.cockpit.application.testing.AccountMother.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link AccountRepository} (with its {@link Transactions}) must do. */
public abstract class AccountRepositoryContract implements PersonalDataStoreCases {

    protected abstract AccountRepository accounts();

    protected abstract Transactions transactions();

    /** The legal holds of the same store (a held account is not due for erasure). */
    protected abstract LegalHolds legalHolds();

    /** The restrictions of the same store (a restricted account is not due for erasure either). */
    protected abstract RestrictionRepository restrictions();

    @Test
    void cancelledAccountsArchivedBeforeTheCutoffAndNotHeldAreDueLongestArchivedFirst() {
        java.time.Instant now = java.time.Instant.parse("2026-11-29T10:00:00.123Z");
        io.cockpit.domain.account.Account longest = io.cockpit.application.testing.AccountMother.anAccount()
                .withStatus(io.cockpit.domain.account.ContractStatus.CANCELLED)
                .createdAt(now.minus(java.time.Duration.ofDays(45))).build();
        io.cockpit.domain.account.Account due = io.cockpit.application.testing.AccountMother.anAccount()
                .withStatus(io.cockpit.domain.account.ContractStatus.CANCELLED)
                .createdAt(now.minus(java.time.Duration.ofDays(31))).build();
        io.cockpit.domain.account.Account held = io.cockpit.application.testing.AccountMother.anAccount()
                .withStatus(io.cockpit.domain.account.ContractStatus.CANCELLED)
                .createdAt(now.minus(java.time.Duration.ofDays(60))).build();
        io.cockpit.domain.account.Account recent = io.cockpit.application.testing.AccountMother.anAccount()
                .withStatus(io.cockpit.domain.account.ContractStatus.CANCELLED)
                .createdAt(now.minus(java.time.Duration.ofDays(29))).build();
        io.cockpit.domain.account.Account active = io.cockpit.application.testing.AccountMother.anAccount()
                .createdAt(now.minus(java.time.Duration.ofDays(90))).build();
        java.util.List.of(due, longest, held, recent, active).forEach(accounts()::add);
        legalHolds().put(new io.cockpit.domain.account.LegalHold(held.userId(), "court case", now));

        java.time.Instant cutoff = now.minus(java.time.Duration.ofDays(30));
        assertThat(accounts().archivedBefore(cutoff, 10)).containsExactly(longest.userId(), due.userId());
        assertThat(accounts().archivedBefore(cutoff, 1)).containsExactly(longest.userId());
        legalHolds().remove(held.userId());
        assertThat(accounts().archivedBefore(cutoff, 10)).containsExactly(held.userId(), longest.userId(),
                due.userId());
    }

    /** Art. 18 GDPR: while the processing is restricted the data is only stored, so the 30 days end nothing. */
    @Test
    void aCancelledAccountWhoseProcessingIsRestrictedIsNotDue() {
        Instant now = Instant.parse("2026-11-29T10:00:00.123Z");
        Account restricted = anAccount().withStatus(ContractStatus.CANCELLED)
                .createdAt(now.minus(Duration.ofDays(60))).build();
        Account due = anAccount().withStatus(ContractStatus.CANCELLED).createdAt(now.minus(Duration.ofDays(45))).build();
        List.of(restricted, due).forEach(accounts()::add);
        Instant cutoff = now.minus(Duration.ofDays(30));

        restrictions().restrict(restricted.userId(), now);
        List<UserId> whileRestricted = accounts().archivedBefore(cutoff, 10);
        restrictions().lift(restricted.userId());

        assertThat(whileRestricted).containsExactly(due.userId());
        assertThat(accounts().archivedBefore(cutoff, 10)).containsExactly(restricted.userId(), due.userId());
    }

    /** What the retention job asks of each listed account under its lock before it marks it for erasure. */
    @Test
    void anAccountIsStillDueUnlessHeldRestrictedOrNotArchivedLongEnough() {
        Instant now = Instant.parse("2026-11-29T10:00:00.123Z");
        Account due = anAccount().withStatus(ContractStatus.CANCELLED).createdAt(now.minus(Duration.ofDays(45))).build();
        Account restricted = anAccount().withStatus(ContractStatus.CANCELLED)
                .createdAt(now.minus(Duration.ofDays(45))).build();
        Account recent = anAccount().withStatus(ContractStatus.CANCELLED)
                .createdAt(now.minus(Duration.ofDays(10))).build();
        List.of(due, restricted, recent).forEach(accounts()::add);
        restrictions().restrict(restricted.userId(), now);
        Instant cutoff = now.minus(Duration.ofDays(30));

        assertThat(transactions().inTransaction(() -> accounts().lockIfStillDue(due.userId(), cutoff))).isTrue();
        assertThat(transactions().inTransaction(() -> accounts().lockIfStillDue(restricted.userId(), cutoff))).isFalse();
        assertThat(transactions().inTransaction(() -> accounts().lockIfStillDue(recent.userId(), cutoff))).isFalse();
        assertThat(transactions().inTransaction(() -> accounts().lockIfStillDue(anAccount().build().userId(), cutoff))).isFalse();
    }

    @Test
    void findsAnAddedAccountByEachOfItsKeys() {
        Account account = anAccount().withName("Jürgen Groß 😀").build();

        accounts().add(account);

        assertThat(accounts().findById(account.userId())).contains(account);
        assertThat(accounts().findByExternalId(account.partnerId(), account.externalId())).contains(account);
        assertThat(accounts().findByEmail(account.email())).contains(account);
    }

    @Test
    void locksAnAccountInATransactionAndFindsNoneOnceItIsErased() {
        Account account = anAccount().build();
        accounts().add(account);

        assertThat(transactions().inTransaction(() -> accounts().lock(account.userId())))
                .map(Account::userId).contains(account.userId());
        accounts().erase(account.userId(), 10);
        assertThat(transactions().inTransaction(() -> accounts().lock(account.userId()))).isEmpty();
    }

    @Test
    void onceItsErasureIsAskedForAnAccountIsNoLongerLockedForNewAccess() {
        Account erasing = anAccount().build();
        Account other = anAccount().build();
        accounts().add(erasing);
        accounts().add(other);
        assertThat(transactions().inTransaction(() -> accounts().lockForNewAccess(erasing.userId())))
                .map(Account::userId).contains(erasing.userId());

        accounts().markErasureRequested(erasing.userId(), Instant.parse("2026-12-03T10:00:00Z"));
        accounts().markErasureRequested(erasing.userId(), Instant.parse("2026-12-03T11:00:00Z"));

        assertThat(transactions().inTransaction(() -> accounts().lockForNewAccess(erasing.userId()))).isEmpty();
        assertThat(accounts().erasureRequested(erasing.userId())).isTrue();
        assertThat(accounts().erasureRequested(other.userId())).isFalse();
        assertThat(accounts().findById(erasing.userId())).as("still there for the erasure").contains(erasing);
        assertThat(transactions().inTransaction(() -> accounts().lock(erasing.userId()))).isPresent();
        assertThat(transactions().inTransaction(() -> accounts().lockForNewAccess(other.userId())))
                .map(Account::userId).contains(other.userId());
        accounts().erase(erasing.userId(), 10);
        assertThat(transactions().inTransaction(() -> accounts().lockForNewAccess(erasing.userId()))).isEmpty();
    }

    @Test
    void findsByEmailIgnoringCase() {
        Account account = anAccount().withEmail("Jana.Case@Example.com").build();
        accounts().add(account);

        assertThat(accounts().findByEmail(new EmailAddress("jana.case@EXAMPLE.com"))).contains(account);
    }

    @Test
    void findsByTrackingId() {
        Account account = anAccount().build();
        accounts().add(account);

        assertThat(accounts().findByTrackingId(account.trackingId())).contains(account);
        assertThat(accounts().findByTrackingId(new io.cockpit.domain.account.TrackingId("zzzzz-zzzzz"))).isEmpty();
    }

    @Test
    void anotherPartnersReferenceFindsNothing() {
        Account account = anAccount().ofPartner("acme").build();
        accounts().add(account);

        assertThat(accounts().findByExternalId(new PartnerId("globex"), account.externalId())).isEmpty();
    }

    @Test
    void keepsTheArchiveDatesOfACancelledContract() {
        Account archived = anAccount().withStatus(ContractStatus.CANCELLED).build();
        accounts().add(archived);

        Account found = accounts().findById(archived.userId()).orElseThrow();
        assertThat(found.contract()).isEqualTo(archived.contract());
    }

    @Test
    void refusesASecondAccountWithTheSameReferenceOfTheSamePartner() {
        Account first = anAccount().ofPartner("acme").withExternalId("dup-1").build();
        accounts().add(first);

        assertThatThrownBy(() -> accounts().add(anAccount().ofPartner("acme").withExternalId("dup-1").build()))
                .isInstanceOf(UniquenessViolation.class)
                .extracting("rule").isEqualTo(UniquenessViolation.Rule.EXTERNAL_ID);
        Account otherPartner = anAccount().ofPartner("globex").withExternalId("dup-1").build();
        accounts().add(otherPartner);
        assertThat(accounts().findById(otherPartner.userId())).isPresent();
    }

    @Test
    void refusesASecondAccountWithTheSameLoginInAnyCase() {
        accounts().add(anAccount().withEmail("same.login@example.com").build());

        assertThatThrownBy(() -> accounts().add(anAccount().withEmail("Same.Login@example.COM").build()))
                .isInstanceOf(UniquenessViolation.class)
                .extracting("rule").isEqualTo(UniquenessViolation.Rule.EMAIL);
    }

    @Test
    void updatesTheCurrentVersionAndCountsIt() {
        Account account = anAccount().build();
        accounts().add(account);
        Instant later = account.updatedAt().plusSeconds(90);

        Account stored = accounts().update(account.changeName(new PersonName("Jana Müller"), later)
                .changeContract(ContractStatus.CANCELLED, later));

        assertThat(stored.version()).isEqualTo(account.version() + 1);
        assertThat(accounts().findById(account.userId())).contains(stored);
        assertThat(stored.contract().deletionDueAt()).isEqualTo(later.plus(java.time.Duration.ofDays(30)));
    }

    @Test
    void storesAReplacedStatisticsIdInPlaceOfTheOldOne() {
        Account account = anAccount().build();
        accounts().add(account);
        StatisticsId fresh = StatisticsId.random(new SecureRandom());

        accounts().update(account.withStatisticsId(fresh, account.updatedAt().plusSeconds(1)));

        Account stored = accounts().findById(account.userId()).orElseThrow();
        assertThat(stored.statisticsId()).isEqualTo(fresh);
        assertThat(stored.trackingId()).isEqualTo(account.trackingId());
    }

    @Test
    void refusesAnUpdateBasedOnAStaleVersion() {
        Account account = anAccount().build();
        accounts().add(account);
        Instant later = account.updatedAt().plusSeconds(1);
        accounts().update(account.changeName(new PersonName("First Writer"), later));

        assertThatThrownBy(() -> accounts().update(account.changeName(new PersonName("Second Writer"), later)))
                .isInstanceOf(StaleWriteException.class);
        assertThat(accounts().findById(account.userId()).orElseThrow().name().value()).isEqualTo("First Writer");
    }

    @Test
    void refusesAnUpdateOfAnUnknownAccount() {
        Account neverAdded = anAccount().build();

        assertThatThrownBy(() -> accounts().update(neverAdded)).isInstanceOf(StaleWriteException.class);
    }

    @Test
    void refusesAnUpdateToATakenLogin() {
        Account taken = anAccount().build();
        Account other = anAccount().build();
        accounts().add(taken);
        accounts().add(other);

        assertThatThrownBy(() -> accounts().update(other.changeEmail(
                new EmailAddress(taken.email().value().toUpperCase()), other.updatedAt())))
                .isInstanceOf(UniquenessViolation.class)
                .extracting("rule").isEqualTo(UniquenessViolation.Rule.EMAIL);
    }

    @Test
    void aFailingTransactionLeavesNothingBehind() {
        Account account = anAccount().build();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            accounts().add(account);
            throw new IllegalStateException("refused after the write");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(accounts().findById(account.userId())).isEmpty();
    }

    @Test
    void anInnerTransactionJoinsTheOuterOne() {
        Account account = anAccount().build();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            transactions().inTransaction(() -> {
                accounts().add(account);
                return null;
            });
            throw new IllegalStateException("outer fails after inner wrote");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(accounts().findById(account.userId())).isEmpty();
    }

    @Test
    void aSuccessfulTransactionIsVisibleAfterwards() {
        Account account = anAccount().build();

        transactions().inTransaction(() -> {
            accounts().add(account);
            assertThat(accounts().findById(account.userId())).contains(account);
            return null;
        });

        assertThat(accounts().findById(account.userId())).contains(account);
    }

    @Test
    void afterCommitActionsRunOnceCommittedAndNeverAfterARollback() {
        List<String> ran = new ArrayList<>();

        transactions().inTransaction(() -> {
            transactions().afterCommit(() -> ran.add("committed"));
            assertThat(ran).isEmpty();
            return null;
        });
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            transactions().afterCommit(() -> ran.add("rolled back"));
            throw new IllegalStateException("fails");
        })).isInstanceOf(IllegalStateException.class);
        transactions().afterCommit(() -> ran.add("no transaction"));

        assertThat(ran).containsExactly("committed", "no transaction");
    }

    @Test
    void nowAndAfterCommitRunsTwiceInATransactionButOnceOutside() {
        List<String> ran = new ArrayList<>();

        transactions().inTransaction(() -> {
            transactions().nowAndAfterCommit(() -> ran.add("in transaction"));
            assertThat(ran).containsExactly("in transaction");
            return null;
        });
        transactions().nowAndAfterCommit(() -> ran.add("no transaction"));

        assertThat(ran).containsExactly("in transaction", "in transaction", "no transaction");
    }

    @Test
    void ofConcurrentTransactionsAddingOneReferenceOneWinsAndTheOthersAreRefused() throws Exception {
        String reference = "race-" + UUID.randomUUID();

        List<Outcome<Account>> outcomes = Race.run(6, () -> transactions().inTransaction(() -> {
            Account account = anAccount().ofPartner("acme").withExternalId(reference).build();
            accounts().add(account);
            pause(100); // the others' inserts meet the uncommitted row
            return account;
        }));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded()).hasSize(5).allSatisfy(outcome ->
                assertThat(outcome.failure()).isInstanceOf(UniquenessViolation.class)
                        .extracting("rule").isEqualTo(UniquenessViolation.Rule.EXTERNAL_ID));
        Account winner = outcomes.stream().filter(Outcome::succeeded).findFirst().orElseThrow().value();
        assertThat(accounts().findByExternalId(new PartnerId("acme"), new ExternalId(reference))).contains(winner);
    }

    @Test
    void aReferenceHeldByATransactionThatRollsBackIsFreeAgain() throws Exception {
        String reference = "rolled-back-" + UUID.randomUUID();
        CountDownLatch added = new CountDownLatch(1);
        CompletableFuture<Void> failing = CompletableFuture.runAsync(() -> transactions().inTransaction(() -> {
            accounts().add(anAccount().ofPartner("acme").withExternalId(reference).build());
            added.countDown();
            pause(300);
            throw new IllegalStateException("refused after the write");
        }));
        assertThat(added.await(30, TimeUnit.SECONDS)).isTrue();

        Account second = anAccount().ofPartner("acme").withExternalId(reference).build();
        transactions().inTransaction(() -> {
            accounts().add(second);
            return null;
        });

        assertThat(failing).failsWithin(30, TimeUnit.SECONDS);
        assertThat(accounts().findByExternalId(new PartnerId("acme"), new ExternalId(reference))).contains(second);
    }

    @Test
    void whatATransactionWroteIsInvisibleToOthersUntilItCommits() throws Exception {
        Account account = anAccount().build();
        CountDownLatch added = new CountDownLatch(1);
        CountDownLatch looked = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> transactions().inTransaction(() -> {
            accounts().add(account);
            added.countDown();
            Race.await(looked);
            return null;
        }));
        assertThat(added.await(30, TimeUnit.SECONDS)).isTrue();

        assertThat(accounts().findById(account.userId())).isEmpty();
        assertThat(accounts().findByEmail(account.email())).isEmpty();
        looked.countDown();
        writer.get(30, TimeUnit.SECONDS);

        assertThat(accounts().findById(account.userId())).contains(account);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void timestampsKeepMilliseconds() {
        Account account = AccountMother.anAccount().createdAt(Instant.parse("2026-03-29T01:59:59.999Z")).build();
        accounts().add(account);

        assertThat(accounts().findById(account.userId()).orElseThrow().createdAt())
                .isEqualTo(Instant.parse("2026-03-29T01:59:59.999Z"));
    }

    @Override
    public PersonalDataStore personalData() {
        return accounts();
    }

    @Override
    public int giveData(UserId user) {
        Account account = anAccount().build();
        accounts().add(new Account(user, account.partnerId(), account.externalId(), account.email(), account.name(),
                account.contract(), account.trackingId(), account.statisticsId(), account.createdAt(),
                account.updatedAt(), account.version()));
        return 1;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return accounts().findById(user).isPresent();
    }

    @Override
    public List<String> exportedFields() {
        return List.of("userId", "email", "name", "partner", "customerReference", "contractStatus", "archivedAt",
                "deletionDueAt", "trackingId", "statisticsId", "createdAt", "updatedAt");
    }

    @Test
    void theExportShowsTheAccountWithItsIdentifiersAndTheErasureFreesItsKeys() {
        Account account = anAccount().withStatus(ContractStatus.CANCELLED).build();
        accounts().add(account);

        List<ExportedItem> items = new ArrayList<>();
        accounts().export(account.userId(), items::add);

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.fields().get("email")).isEqualTo(account.email().value());
            assertThat(item.fields().get("customerReference")).isEqualTo(account.externalId().value());
            assertThat(item.fields().get("trackingId")).isEqualTo(account.trackingId().value());
            assertThat(item.fields().get("statisticsId")).isEqualTo(account.statisticsId().value());
            assertThat(item.fields().get("contractStatus")).isEqualTo("cancelled");
            assertThat(item.fields().get("deletionDueAt")).isEqualTo(account.contract().deletionDueAt());
        });
        assertThat(accounts().erase(account.userId(), 1)).isEqualTo(1);
        assertThat(accounts().findByExternalId(account.partnerId(), account.externalId())).isEmpty();
        assertThat(accounts().findByEmail(account.email())).isEmpty();
    }
}
