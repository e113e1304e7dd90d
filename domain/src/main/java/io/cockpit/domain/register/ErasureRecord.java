package io.cockpit.domain.register;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the erasure ledger: how many items of a register category were erased from which store, when and why,
 * and under which receipt if a request asked for it. It names no person: no User-ID, no e-mail, no name.
 *
 * @param receipt the erasure request's receipt id, when the erasure answers a request
 */
public record ErasureRecord(Optional<String> receipt, String category, StoreKind store, ErasureReason reason,
                            long items, Instant erasedAt) {

    public ErasureRecord {
        Objects.requireNonNull(receipt);
        Objects.requireNonNull(category);
        Objects.requireNonNull(store);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(erasedAt);
        if (items < 0) {
            throw new IllegalArgumentException("an erasure erases zero or more items");
        }
    }
}
