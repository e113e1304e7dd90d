package io.cockpit.application.port.in.protection;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.protection.AddressRange;
import io.cockpit.domain.protection.BlockedAddress;
import io.cockpit.domain.protection.IpAddress;

import java.time.Instant;
import java.util.Optional;

/**
 * Operator staff manage blocked addresses (over the API, or `./cockpit blocks` on the command line); every call is
 * audited under the staff member's key name.
 */
public interface ManageBlockedAddressesUseCase {

    Page<BlockedAddress> list(String operator, PageRequest page);

    /**
     * Blocks {@code range} for every endpoint, until {@code expiresAt} if given. {@code caller} is the address the
     * operator calls from: a block must never lock them out.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code blocked_address.exists}, or a refusal of
     *         {@link io.cockpit.domain.protection.BlockRules}
     */
    BlockedAddress block(String operator, IpAddress caller, AddressRange range, String reason,
                         Optional<Instant> expiresAt);

    /** @throws io.cockpit.domain.shared.DomainException {@code blocked_address.not_found} */
    void unblock(String operator, String id);
}
