package io.cockpit.application.port.out.protection;

import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.protection.BlockedAddress;

import java.time.Instant;
import java.util.List;

/**
 * Blocked addresses and ranges, kept until lifted or expired. Every change moves a {@link #revision()}, so that each
 * node can poll one number and re-read the whole list only when it changed.
 */
public interface BlockedAddressRepository {

    /** @throws UniquenessViolation if the same range is blocked already */
    void add(BlockedAddress blocked);

    /** Lifts a block; {@code false} if there was no such entry. */
    boolean delete(String id);

    /** Removes every block whose expiry is at or before {@code now}; how many there were. */
    int deleteExpired(Instant now);

    /** Newest first. */
    Page<BlockedAddress> list(PageRequest page);

    /** Every entry, for the in-memory blocklist every node checks requests against. */
    List<BlockedAddress> all();

    /** A number that differs after every add or delete that changed something (committed). */
    long revision();
}
