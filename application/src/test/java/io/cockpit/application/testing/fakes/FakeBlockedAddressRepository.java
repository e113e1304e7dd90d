package io.cockpit.application.testing.fakes;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.protection.BlockedAddressRepository;
import io.cockpit.application.port.out.shared.UniquenessViolation.Rule;
import io.cockpit.domain.protection.BlockedAddress;

import java.time.Instant;
import java.util.List;

import static io.cockpit.application.testing.fakes.UniqueKey.unique;

public final class FakeBlockedAddressRepository implements BlockedAddressRepository {

    /** The revision is a row written in the changing transaction, so it moves when the change commits. */
    private record Revision(String topic, long value) {
    }

    private static final String TOPIC = "blocked_address";

    private final FakeTable<BlockedAddress> blocked;
    private final FakeTable<Revision> revisions;

    public FakeBlockedAddressRepository(FakeDatabase database) {
        this.blocked = database.table("blocked_address", BlockedAddress::id,
                List.of(unique("uq_blocked_address", Rule.IDENTIFIER, entry -> entry.range().text())));
        this.revisions = database.table("change_revision", Revision::topic, List.of());
        revisions.insert(new Revision(TOPIC, 0));
    }

    @Override
    public void add(BlockedAddress entry) {
        blocked.insert(new BlockedAddress(entry.id(), entry.range(), entry.reason(), entry.blockedBy(),
                StoredTime.of(entry.blockedAt()), entry.expiresAt().map(StoredTime::of)));
        moveRevision();
    }

    @Override
    public boolean delete(String id) {
        boolean deleted = blocked.delete(id, entry -> true).isPresent();
        if (deleted) {
            moveRevision();
        }
        return deleted;
    }

    @Override
    public int deleteExpired(Instant now) {
        int deleted = blocked.deleteWhere(entry -> !entry.inForceAt(StoredTime.of(now))).size();
        if (deleted > 0) {
            moveRevision();
        }
        return deleted;
    }

    @Override
    public Page<BlockedAddress> list(PageRequest page) {
        return Keyset.newestFirst(blocked.select(entry -> true), page, BlockedAddress::blockedAt, BlockedAddress::id);
    }

    @Override
    public List<BlockedAddress> all() {
        return blocked.select(entry -> true);
    }

    @Override
    public long revision() {
        return revisions.find(TOPIC).orElseThrow().value();
    }

    private void moveRevision() {
        revisions.update(TOPIC, row -> true, row -> new Revision(row.topic(), row.value() + 1));
    }
}
