package io.cockpit.application.port.out.register;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.register.StoreKind;

import java.util.function.Consumer;

/**
 * A store's share of one register category (see {@code domain.register}): what it holds about one user, exported
 * and erased by User-ID. There are no foreign keys to cascade, so every store that holds user data implements this,
 * and export and erasure walk all of them.
 */
public interface PersonalDataStore {

    /** The id of the register category this store holds ({@code PersonalDataCategory.id()}). */
    String category();

    /** The kind of store, as the erasure ledger names it. */
    default StoreKind kind() {
        return StoreKind.RELATIONAL;
    }

    /**
     * Hands the user's items to {@code sink} one by one, read in bounded batches (keyset pages), so that an export
     * takes constant memory however much the user has.
     */
    void export(UserId user, Consumer<ExportedItem> sink);

    /**
     * Erases up to {@code limit} of the user's items and says how many it erased; 0 means nothing of the user is
     * left here. Idempotent: running it again after a crash continues where it stopped.
     */
    int erase(UserId user, int limit);
}
