package io.cockpit.application.port.out.account;

import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.AccountErrors;
import io.cockpit.domain.account.AccountPersonalData;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.ExternalId;
import io.cockpit.domain.account.PartnerId;
import io.cockpit.domain.account.TrackingId;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Accounts in the relational store. Export: one item, {@code userId, email, name, partner, customerReference,
 * contractStatus, archivedAt, deletionDueAt, trackingId, statisticsId, createdAt, updatedAt}. Erasure deletes the
 * row; an erasure runs it last (see {@code RegisterStores.erasureOrder}), since the account is what identifies the
 * user to the partner and to the erasure itself until everything else is gone.
 */
public interface AccountRepository extends PersonalDataStore {

    @Override
    default String category() {
        return AccountPersonalData.ACCOUNT.id();
    }

    Optional<Account> findById(UserId userId);

    /**
     * The account, its row locked until the transaction this is called in ends; empty if it is gone (also when its
     * erasure deleted it while this waited for the lock). A write that adds the user's rows in an erasure's
     * store while the account exists takes it first: the erasure deletes the account row only after such a write
     * committed (and sweeps that store again then, see {@code RegisterCapability}), or the write finds no account.
     */
    Optional<Account> lock(UserId userId);

    /**
     * The account, its row locked as {@link #lock} does, if it exists and its erasure was not asked for: what a
     * sign-in, an activation and a password reset take before they write, so that none of them adds to a store the
     * erasure may already have walked.
     */
    Optional<Account> lockForNewAccess(UserId userId);

    /**
     * The account, its row locked as {@link #lock} does, for a write the operator makes for the user (a legal hold, a
     * restriction, an objection, a corrected name): the retention job checks holds and restrictions under this lock
     * before it marks the account for erasure, and once it is marked such a write could keep or change nothing. Only
     * locking reads, so the caller's transaction has not fixed its snapshot yet.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code account.not_found} when it is gone,
     *         {@code account.erasure_running} once its erasure was asked for
     */
    default Account lockForOperatorWrite(UserId userId) {
        return lockForNewAccess(userId).orElseThrow(() -> lock(userId).isPresent() ? AccountErrors.beingErased()
                : AccountErrors.notFound());
    }

    /**
     * The account's erasure was asked for: {@link #lockForNewAccess} finds nothing from now on (a second call keeps
     * the first time).
     */
    void markErasureRequested(UserId userId, Instant at);

    /** Whether the account's erasure was asked for (a plain read: for what the partner is shown). */
    boolean erasureRequested(UserId userId);

    /** The account as its export shows it. */
    static ExportedItem exported(Account account) {
        return ExportedItem.builder()
                .field("userId", account.userId().value())
                .field("email", account.email().value())
                .field("name", account.name().value())
                .field("partner", account.partnerId().value())
                .field("customerReference", account.externalId().value())
                .field("contractStatus", account.contract().status().wireName())
                .field("archivedAt", account.contract().archivedAt())
                .field("deletionDueAt", account.contract().deletionDueAt())
                .field("trackingId", account.trackingId().value())
                .field("statisticsId", account.statisticsId().value())
                .field("createdAt", account.createdAt())
                .field("updatedAt", account.updatedAt())
                .build();
    }

    /** The partner's account with this reference; other partners' accounts are invisible. */
    Optional<Account> findByExternalId(PartnerId partnerId, ExternalId externalId);

    /** The account whose e-mail address is the same login (compared by {@link EmailAddress#canonical()}). */
    Optional<Account> findByEmail(EmailAddress email);

    /** The account that carries this Tracking-ID (the operator's identification of a pseudonym). */
    Optional<Account> findByTrackingId(TrackingId trackingId);
    /**
     * Cancelled accounts archived before {@code cutoff} (their 30 days are over), under no legal hold and whose
     * processing is not restricted (Art. 18 GDPR: restricted data is only stored), the longest archived first: what
     * the retention job erases.
     */
    List<UserId> archivedBefore(Instant cutoff, int limit);

    /**
     * Whether the account is still due as {@link #archivedBefore} lists it, read with its row locked until the
     * caller's transaction ends: a legal hold or a restriction committed since the list was read (each takes this lock
     * first) keeps it.
     */
    boolean lockIfStillDue(UserId userId, Instant cutoff);

    /** @throws UniquenessViolation if the partner's reference, the e-mail or an identifier is taken */
    void add(Account account);

    /**
     * Stores {@code changed} if the stored account still has {@code changed.version()}.
     *
     * @return the account as stored now, with the next version
     * @throws StaleWriteException if the account changed (or vanished) meanwhile
     * @throws UniquenessViolation if the new e-mail address is taken
     */
    Account update(Account changed);
}
