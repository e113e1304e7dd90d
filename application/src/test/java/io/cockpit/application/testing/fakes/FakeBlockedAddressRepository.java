package io.cockpit.application.testing.fakes;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.protection.BlockedAddressRepository;
import io.cockpit.application.port.out.shared.UniquenessViolation.Rule;
import io.cockpit.domain.protection.BlockedAddress;

import java.util.List;

import static io.cockpit.application.testing.fakes.UniqueKey.unique;

public final class FakeBlockedAddressRepository implements BlockedAddressRepository {

    private final FakeTable<BlockedAddress> blocked;

    public FakeBlockedAddressRepository(FakeDatabase database) {
        this.blocked = database.table("blocked_address", BlockedAddress::id,
                List.of(unique("uq_blocked_address", Rule.IDENTIFIER, entry -> entry.range().text())));
    }

    @Override
    public void add(BlockedAddress entry) {
        blocked.insert(new BlockedAddress(entry.id(), entry.range(), entry.reason(), entry.blockedBy(),
                StoredTime.of(entry.blockedAt())));
    }

    @Override
    public boolean delete(String id) {
        return blocked.delete(id, entry -> true).isPresent();
    }

    @Override
    public Page<BlockedAddress> list(PageRequest page) {
        return Keyset.newestFirst(blocked.select(entry -> true), page, BlockedAddress::blockedAt, BlockedAddress::id);
    }

    @Override
    public List<BlockedAddress> all() {
        return blocked.select(entry -> true);
    }
}
