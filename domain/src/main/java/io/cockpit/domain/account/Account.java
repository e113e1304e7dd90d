package io.cockpit.domain.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's account: the person (e-mail as login, name), the contract that decides access, and the three identifiers
 * of the privacy policy (5.2). {@code version} is the stored revision, kept by the store for optimistic locking.
 */
public record Account(
        UserId userId,
        PartnerId partnerId,
        ExternalId externalId,
        EmailAddress email,
        PersonName name,
        Contract contract,
        TrackingId trackingId,
        StatisticsId statisticsId,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Account {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(trackingId, "trackingId");
        Objects.requireNonNull(statisticsId, "statisticsId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("updatedAt before createdAt");
        }
        if (version < 0) {
            throw new IllegalArgumentException("negative version");
        }
    }

    public static Account provision(NewAccount request, UserId userId, TrackingId trackingId,
                                    StatisticsId statisticsId, Instant now) {
        return new Account(userId, request.partnerId(), request.externalId(), request.email(), request.name(),
                Contract.startingAs(request.contractStatus()), trackingId, statisticsId, now, now, 0);
    }

    /** Whether a repeated provisioning request carries exactly this account's data (then it is answered, not refused). */
    public boolean matches(NewAccount request) {
        return isReferencedBy(request)
                && email.sameAddressAs(request.email())
                && name.equals(request.name())
                && contract.status() == request.contractStatus();
    }

    /** Whether the request names this account: the same partner and the same partner reference. */
    public boolean isReferencedBy(NewAccount request) {
        return partnerId.equals(request.partnerId()) && externalId.equals(request.externalId());
    }

    public Account changeContract(ContractStatus target, Instant now) {
        Contract changed = contract.changeTo(target, now);
        return changed.equals(contract) ? this : with(email, name, changed, now);
    }

    public Account changeEmail(EmailAddress newEmail, Instant now) {
        return newEmail.equals(email) ? this : with(newEmail, name, contract, now);
    }

    /** The same account with a new Statistics-ID: what was recorded under the old one belongs to no one now. */
    public Account withStatisticsId(StatisticsId fresh, Instant now) {
        Instant updated = now.isBefore(updatedAt) ? updatedAt : now;
        return new Account(userId, partnerId, externalId, email, name, contract, trackingId, fresh, createdAt, updated,
                version);
    }

    public Account changeName(PersonName newName, Instant now) {
        return newName.equals(name) ? this : with(email, newName, contract, now);
    }

    private Account with(EmailAddress newEmail, PersonName newName, Contract newContract, Instant now) {
        Instant updated = now.isBefore(updatedAt) ? updatedAt : now;
        return new Account(userId, partnerId, externalId, newEmail, newName, newContract, trackingId, statisticsId,
                createdAt, updated, version);
    }
}
