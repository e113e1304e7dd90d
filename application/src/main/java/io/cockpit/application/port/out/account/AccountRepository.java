package io.cockpit.application.port.out.account;

import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.ExternalId;
import io.cockpit.domain.account.PartnerId;
import io.cockpit.domain.account.TrackingId;
import io.cockpit.domain.account.UserId;

import java.util.Optional;

/** Accounts in the relational store. */
public interface AccountRepository {

    Optional<Account> findById(UserId userId);

    /** The partner's account with this reference; other partners' accounts are invisible. */
    Optional<Account> findByExternalId(PartnerId partnerId, ExternalId externalId);

    /** The account whose e-mail address is the same login (compared by {@link EmailAddress#canonical()}). */
    Optional<Account> findByEmail(EmailAddress email);

    /** The account that carries this Tracking-ID (the operator's identification of a pseudonym). */
    Optional<Account> findByTrackingId(TrackingId trackingId);

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
