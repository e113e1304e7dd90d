package io.cockpit.adapters.mysql.protection;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.KeysetPage;
import io.cockpit.adapters.mysql.UniqueKeys;
import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.protection.BlockedAddressRepository;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.protection.AddressRange;
import io.cockpit.domain.protection.BlockedAddress;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Map;

public final class JdbiBlockedAddressRepository implements BlockedAddressRepository {

    private static final String COLUMNS = "id, address, reason, blocked_by, blocked_at";

    private static final RowMapper<BlockedAddress> BLOCKED = (rs, ctx) -> new BlockedAddress(
            rs.getString("id"),
            AddressRange.parse(rs.getString("address")),
            rs.getString("reason"),
            rs.getString("blocked_by"),
            InstantColumns.read(rs, "blocked_at"));

    private static final KeysetPage ORDER = KeysetPage.byTimeDescending("blocked_at", "id");

    private final JdbiTransactions db;

    public JdbiBlockedAddressRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(BlockedAddress blocked) {
        UniqueKeys.translate(Map.of("uq_blocked_address", UniquenessViolation.Rule.IDENTIFIER),
                () -> db.withHandle(h -> h.createUpdate("INSERT INTO blocked_address (" + COLUMNS
                                + ") VALUES (:id, :address, :reason, :blockedBy, :blockedAt)")
                        .bind("id", blocked.id())
                        .bind("address", blocked.range().text())
                        .bind("reason", blocked.reason())
                        .bind("blockedBy", blocked.blockedBy())
                        .bind("blockedAt", blocked.blockedAt())
                        .execute()));
    }

    @Override
    public boolean delete(String id) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM blocked_address WHERE id = :id")
                .bind("id", id)
                .execute()) == 1;
    }

    @Override
    public Page<BlockedAddress> list(PageRequest page) {
        List<BlockedAddress> rows = db.withHandle(h -> ORDER.bind(h.createQuery("SELECT " + COLUMNS
                        + " FROM blocked_address WHERE 1 = 1" + ORDER.after(page)
                        + ORDER.orderAndLimit(page)), page)
                .map(BLOCKED)
                .list());
        return Page.of(rows, page.limit(), blocked -> Cursor.at(blocked.blockedAt(), blocked.id()));
    }

    @Override
    public List<BlockedAddress> all() {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM blocked_address").map(BLOCKED).list());
    }
}
