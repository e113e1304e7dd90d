package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.UniquenessViolation.Rule;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.Contract;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.ExternalId;
import io.cockpit.domain.account.PartnerId;
import io.cockpit.domain.account.TrackingId;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static io.cockpit.application.testing.fakes.UniqueKey.unique;

/** Accounts in a {@link FakeDatabase}, with the unique keys of the {@code account} table. */
public final class FakeAccountRepository implements AccountRepository {

    private final FakeTable<Account> accounts;
    private final java.util.function.Predicate<UserId> keptFromRetention;
    private final java.util.Set<UserId> erasing = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public FakeAccountRepository(FakeDatabase database) {
        this(database, user -> false);
    }

    /** With the legal holds and restrictions that keep an archived account from the retention erasure. */
    public FakeAccountRepository(FakeDatabase database, FakeLegalHolds holds,
                                 io.cockpit.application.port.out.privacy.RestrictionRepository restrictions) {
        this(database, user -> holds.find(user).isPresent() || restrictions.find(user).restricted());
    }

    private FakeAccountRepository(FakeDatabase database, java.util.function.Predicate<UserId> keptFromRetention) {
        this.keptFromRetention = keptFromRetention;
        this.accounts = database.table("account", Account::userId, List.of(
                unique("uq_account_partner_external", Rule.EXTERNAL_ID, a -> List.of(a.partnerId(), a.externalId())),
                unique("uq_account_email", Rule.EMAIL, a -> a.email().canonical()),
                unique("uq_account_tracking_id", Rule.IDENTIFIER, Account::trackingId),
                unique("uq_account_statistics_id", Rule.IDENTIFIER, Account::statisticsId)));
    }

    @Override
    public Optional<Account> findById(UserId userId) {
        return accounts.find(userId);
    }

    /** The fakes have no transactions to hold a lock in: the account as it is now. */
    @Override
    public Optional<Account> lock(UserId userId) {
        return findById(userId);
    }

    @Override
    public Optional<Account> lockForNewAccess(UserId userId) {
        return findById(userId).filter(account -> !erasing.contains(userId));
    }

    @Override
    public void markErasureRequested(UserId userId, Instant at) {
        if (accounts.find(userId).isPresent()) {
            erasing.add(userId);
        }
    }

    @Override
    public boolean erasureRequested(UserId userId) {
        return erasing.contains(userId);
    }

    @Override
    public Optional<Account> findByExternalId(PartnerId partnerId, ExternalId externalId) {
        return accounts.select(a -> a.partnerId().equals(partnerId) && a.externalId().equals(externalId))
                .stream().findFirst();
    }

    @Override
    public Optional<Account> findByEmail(EmailAddress email) {
        return accounts.select(a -> a.email().canonical().equals(email.canonical())).stream().findFirst();
    }

    @Override
    public Optional<Account> findByTrackingId(io.cockpit.domain.account.TrackingId trackingId) {
        return accounts.select(a -> a.trackingId().equals(trackingId)).stream().findFirst();
    }

    @Override
    public List<UserId> archivedBefore(Instant cutoff, int limit) {
        return accounts.select(a -> dueForRetention(a, cutoff)).stream()
                .sorted(java.util.Comparator.comparing((Account a) -> a.contract().archivedAt())
                        .thenComparing(a -> a.userId().value()))
                .limit(limit).map(Account::userId).toList();
    }

    @Override
    public boolean lockIfStillDue(UserId userId, Instant cutoff) {
        return accounts.find(userId).filter(a -> dueForRetention(a, cutoff)).isPresent();
    }

    private boolean dueForRetention(Account account, Instant cutoff) {
        return account.contract().status() == io.cockpit.domain.account.ContractStatus.CANCELLED
                && account.contract().archivedAt() != null && account.contract().archivedAt().isBefore(cutoff)
                && !keptFromRetention.test(account.userId());
    }

    @Override
    public void add(Account account) {
        accounts.insert(stored(account, account.partnerId(), account.externalId(), account.trackingId(),
                account.createdAt(), account.version()));
    }

    @Override
    public Account update(Account changed) {
        // like the UPDATE: the partner, reference, Tracking-ID and creation time stay as stored
        accounts.update(changed.userId(), stored -> stored.version() == changed.version(), stored ->
                        stored(changed, stored.partnerId(), stored.externalId(), stored.trackingId(),
                                stored.createdAt(), changed.version() + 1))
                .orElseThrow(() -> new StaleWriteException("account"));
        return new Account(changed.userId(), changed.partnerId(), changed.externalId(), changed.email(),
                changed.name(), changed.contract(), changed.trackingId(), changed.statisticsId(),
                changed.createdAt(), changed.updatedAt(), changed.version() + 1);
    }

    private static Account stored(Account account, PartnerId partnerId, ExternalId externalId,
                                  TrackingId trackingId, Instant createdAt,
                                  long version) {
        Contract contract = account.contract();
        return new Account(account.userId(), partnerId, externalId, account.email(), account.name(),
                new Contract(contract.status(), StoredTime.of(contract.archivedAt()),
                        StoredTime.of(contract.deletionDueAt())),
                trackingId, account.statisticsId(), StoredTime.of(createdAt), StoredTime.of(account.updatedAt()),
                version);
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        accounts.find(user).map(AccountRepository::exported).ifPresent(sink);
    }

    @Override
    public int erase(UserId user, int limit) {
        erasing.remove(user);
        return accounts.delete(user, account -> true).isPresent() ? 1 : 0;
    }
}
