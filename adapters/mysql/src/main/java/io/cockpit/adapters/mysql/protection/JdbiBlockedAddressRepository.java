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
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Blocked addresses, and their revision in {@code change_revision}: every change moves it on the same handle, so in
 * a transaction it moves when the change commits.
 */
public final class JdbiBlockedAddressRepository implements BlockedAddressRepository {

    private static final String COLUMNS = "id, address, reason, blocked_by, blocked_at, expires_at";
    private static final String TOPIC = "blocked_address";

    private static final RowMapper<BlockedAddress> BLOCKED = (rs, ctx) -> new BlockedAddress(
            rs.getString("id"),
            AddressRange.parse(rs.getString("address")),
            rs.getString("reason"),
            rs.getString("blocked_by"),
            InstantColumns.read(rs, "blocked_at"),
            Optional.ofNullable(InstantColumns.read(rs, "expires_at")));

    private static final KeysetPage ORDER = KeysetPage.byTimeDescending("blocked_at", "id");

    private final JdbiTransactions db;

    public JdbiBlockedAddressRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(BlockedAddress blocked) {
        UniqueKeys.translate(Map.of("uq_blocked_address", UniquenessViolation.Rule.IDENTIFIER),
                () -> db.withHandle(h -> {
                    h.createUpdate("INSERT INTO blocked_address (" + COLUMNS
                                    + ") VALUES (:id, :address, :reason, :blockedBy, :blockedAt, :expiresAt)")
                            .bind("id", blocked.id())
                            .bind("address", blocked.range().text())
                            .bind("reason", blocked.reason())
                            .bind("blockedBy", blocked.blockedBy())
                            .bind("blockedAt", blocked.blockedAt())
                            .bindByType("expiresAt", blocked.expiresAt().orElse(null), Instant.class)
                            .execute();
                    return moveRevision(h);
                }));
    }

    @Override
    public boolean delete(String id) {
        return db.withHandle(h -> {
            boolean deleted = h.createUpdate("DELETE FROM blocked_address WHERE id = :id")
                    .bind("id", id)
                    .execute() == 1;
            if (deleted) {
                moveRevision(h);
            }
            return deleted;
        });
    }

    @Override
    public int deleteExpired(Instant now) {
        return db.withHandle(h -> {
            int deleted = h.createUpdate("DELETE FROM blocked_address WHERE expires_at <= :now")
                    .bind("now", now)
                    .execute();
            if (deleted > 0) {
                moveRevision(h);
            }
            return deleted;
        });
    }

    private static int moveRevision(Handle h) {
        return h.createUpdate("UPDATE change_revision SET revision = revision + 1 WHERE topic = :topic")
                .bind("topic", TOPIC)
                .execute();
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

    @Override
    public long revision() {
        return db.withHandle(h -> h.createQuery("SELECT revision FROM change_revision WHERE topic = :topic")
                .bind("topic", TOPIC)
                .mapTo(Long.class)
                .one());
    }
}
