package io.cockpit.application.port.out.access;

import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.access.AccessPersonalData;
import io.cockpit.domain.account.UserId;

import java.time.Instant;

/**
 * Addresses a user signed in from successfully, as keyed hashes: while an account is under attack from many
 * addresses, these still get through. Export: {@code addressHash, lastSignInAt}, by last sign-in. Expiry deletes an
 * address whose last sign-in lies before the cutoff.
 */
public interface KnownSignInAddresses extends PersonalDataStore, ExpiringPersonalData {

    @Override
    default String category() {
        return AccessPersonalData.KNOWN_SIGN_IN_ADDRESSES.id();
    }

    boolean isKnown(UserId userId, String addressHash);

    /** A known address as the export shows it: its keyed hash (the address itself is not kept) and its last use. */
    static ExportedItem exported(String addressHash, Instant lastSignInAt) {
        return ExportedItem.builder().field("addressHash", addressHash).field("lastSignInAt", lastSignInAt).build();
    }

    void remember(UserId userId, String addressHash, Instant signedInAt);
}
