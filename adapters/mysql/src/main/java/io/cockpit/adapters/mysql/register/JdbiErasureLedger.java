package io.cockpit.adapters.mysql.register;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.KeysetPage;
import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ErasureLedger;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.register.ErasureRecord;
import io.cockpit.domain.register.StoreKind;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

public final class JdbiErasureLedger implements ErasureLedger {

    private static final KeysetPage ORDER = KeysetPage.byTimeDescending("erased_at", "id");
    private static final String COLUMNS = "id, receipt, category, store, reason, items, erased_at";
    private static final RowMapper<ErasureRecord> RECORD = (rs, ctx) -> new ErasureRecord(
            Optional.ofNullable(rs.getString("receipt")), rs.getString("category"),
            StoreKind.valueOf(rs.getString("store").toUpperCase(Locale.ROOT)),
            ErasureReason.fromWireName(rs.getString("reason")), rs.getLong("items"),
            InstantColumns.read(rs, "erased_at"));

    private final JdbiTransactions db;

    public JdbiErasureLedger(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void record(ErasureRecord record) {
        db.withHandle(h -> h.createUpdate("INSERT INTO erasure_ledger (receipt, category, store, reason, items, "
                        + "erased_at) VALUES (:receipt, :category, :store, :reason, :items, :erasedAt)")
                .bind("receipt", record.receipt().orElse(null))
                .bind("category", record.category())
                .bind("store", record.store().wireName())
                .bind("reason", record.reason().wireName())
                .bind("items", record.items())
                .bind("erasedAt", record.erasedAt())
                .execute());
    }

    @Override
    public List<ErasureRecord> ofReceipt(String receipt) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM erasure_ledger WHERE receipt = :receipt "
                        + "ORDER BY id")
                .bind("receipt", receipt)
                .map(RECORD)
                .list());
    }

    @Override
    public Page<ErasureRecord> list(PageRequest page) {
        List<Map.Entry<Long, ErasureRecord>> rows = db.withHandle(h -> ORDER.bind(h.createQuery(
                        "SELECT " + COLUMNS + " FROM erasure_ledger WHERE 1 = 1" + ORDER.after(page)
                                + ORDER.orderAndLimit(page)), page)
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), RECORD.map(rs, ctx)))
                .list());
        return Page.of(rows, page.limit(), row -> Cursor.at(row.getValue().erasedAt(), Long.toString(row.getKey())))
                .map(Map.Entry::getValue);
    }
}
