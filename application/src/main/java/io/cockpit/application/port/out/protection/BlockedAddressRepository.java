package io.cockpit.application.port.out.protection;

import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.protection.BlockedAddress;

import java.util.List;

/** Blocked addresses and ranges, kept permanently. */
public interface BlockedAddressRepository {

    /** @throws UniquenessViolation if the same range is blocked already */
    void add(BlockedAddress blocked);

    /** Lifts a block; {@code false} if there was no such entry. */
    boolean delete(String id);

    /** Newest first. */
    Page<BlockedAddress> list(PageRequest page);

    /** Every entry, for the in-memory blocklist every node checks requests against. */
    List<BlockedAddress> all();
}
