package io.cockpit.application.port.out.account;

import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.account.AccountPersonalData;
import io.cockpit.domain.account.LegalHold;
import io.cockpit.domain.account.UserId;

import java.util.Optional;

/**
 * Legal holds on accounts, one per account at most. Export: {@code reason, since}; erasure deletes the hold with the
 * account.
 */
public interface LegalHolds extends PersonalDataStore {

    @Override
    default String category() {
        return AccountPersonalData.LEGAL_HOLDS.id();
    }

    /** Sets or replaces the hold of the account. */
    void put(LegalHold hold);

    /** Lifts the hold; whether there was one. */
    boolean remove(UserId userId);

    Optional<LegalHold> find(UserId userId);

    static ExportedItem exported(LegalHold hold) {
        return ExportedItem.builder().field("reason", hold.reason()).field("since", hold.since()).build();
    }
}
