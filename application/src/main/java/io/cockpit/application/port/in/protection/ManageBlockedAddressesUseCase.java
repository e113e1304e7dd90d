package io.cockpit.application.port.in.protection;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.protection.AddressRange;
import io.cockpit.domain.protection.BlockedAddress;

/** Operator staff manage blocked addresses; every call is audited under the staff member's key name. */
public interface ManageBlockedAddressesUseCase {

    Page<BlockedAddress> list(String operator, PageRequest page);

    /** @throws io.cockpit.domain.shared.DomainException {@code blocked_address.exists} */
    BlockedAddress block(String operator, AddressRange range, String reason);

    /** @throws io.cockpit.domain.shared.DomainException {@code blocked_address.not_found} */
    void unblock(String operator, String id);
}
