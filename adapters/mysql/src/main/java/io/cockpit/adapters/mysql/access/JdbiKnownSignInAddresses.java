package io.cockpit.adapters.mysql.access;

import io.cockpit.adapters.mysql.BatchDelete;
import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.KeysetPage;
import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.paging.Pages;
import io.cockpit.application.port.out.access.KnownSignInAddresses;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

public final class JdbiKnownSignInAddresses implements KnownSignInAddresses {

    private static final KeysetPage ORDER = KeysetPage.byTimeAscending("last_sign_in_at", "address_hash");
    private static final BatchDelete OF_USER = BatchDelete.byKey("known_sign_in_address", "address_hash",
            "user_id = :userId", "address_hash");
    private static final BatchDelete UNUSED = new BatchDelete("known_sign_in_address",
            List.of("user_id", "address_hash"), "last_sign_in_at < :cutoff", "last_sign_in_at, user_id, address_hash");

    private record Known(String addressHash, Instant lastSignInAt) {
    }

    private final JdbiTransactions db;

    public JdbiKnownSignInAddresses(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public boolean isKnown(UserId userId, String addressHash) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM known_sign_in_address "
                        + "WHERE user_id = :userId AND address_hash = :hash")
                .bind("userId", userId.value())
                .bind("hash", addressHash)
                .mapTo(Long.class)
                .one()) > 0;
    }

    @Override
    public void remember(UserId userId, String addressHash, Instant signedInAt) {
        db.inTransaction(() -> db.withHandle(h -> {
            int updated = h.createUpdate("UPDATE known_sign_in_address SET last_sign_in_at = :at "
                            + "WHERE user_id = :userId AND address_hash = :hash")
                    .bind("userId", userId.value()).bind("hash", addressHash).bind("at", signedInAt)
                    .execute();
            return updated == 1 ? updated : h.createUpdate("INSERT INTO known_sign_in_address "
                            + "(user_id, address_hash, last_sign_in_at) VALUES (:userId, :hash, :at)")
                    .bind("userId", userId.value()).bind("hash", addressHash).bind("at", signedInAt)
                    .execute();
        }));
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        Pages.forEach(Pages.EXPORT_PAGE, page -> byLastSignIn(user, page),
                known -> sink.accept(KnownSignInAddresses.exported(known.addressHash(), known.lastSignInAt())));
    }

    private Page<Known> byLastSignIn(UserId user, PageRequest page) {
        List<Known> rows = db.withHandle(h -> ORDER.bind(h.createQuery("SELECT address_hash, last_sign_in_at "
                        + "FROM known_sign_in_address WHERE user_id = :userId" + ORDER.after(page)
                        + ORDER.orderAndLimit(page)), page)
                .bind("userId", user.value())
                .map((rs, ctx) -> new Known(rs.getString("address_hash"), InstantColumns.read(rs, "last_sign_in_at")))
                .list());
        return Page.of(rows, page.limit(), known -> Cursor.at(known.lastSignInAt(), known.addressHash()));
    }

    @Override
    public int erase(UserId user, int limit) {
        return OF_USER.run(db, Map.of("userId", user.value()), limit);
    }

    @Override
    public int deleteExpired(Instant cutoff, int limit) {
        return UNUSED.run(db, Map.of("cutoff", cutoff), limit);
    }
}
