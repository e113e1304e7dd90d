package io.cockpit.application.port.out.account;

import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.AccountPersonalData;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.ExternalId;
import io.cockpit.domain.account.PartnerId;
import io.cockpit.domain.account.UserId;

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
