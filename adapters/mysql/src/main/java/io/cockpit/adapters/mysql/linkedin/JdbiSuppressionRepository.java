package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.KeysetPage;
import io.cockpit.adapters.mysql.UniqueKeys;
import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.linkedin.LinkedInExport;
import io.cockpit.application.port.out.linkedin.SuppressionRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.ItemKind;
import io.cockpit.domain.linkedin.LinkedInPersonalData;
import io.cockpit.domain.linkedin.Suppression;
import io.cockpit.domain.shared.ItemId;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** {@code linkedin_suppression} and {@code linkedin_tombstone}: keyed hashes of what the user deleted. */
public final class JdbiSuppressionRepository implements SuppressionRepository {

    private static final String COLUMNS = "user_id, suppression_id, urn_hash, masked_url, created_at";
    private static final KeysetPage NEWEST = KeysetPage.byTimeDescending("created_at", "suppression_id");
    private static final int EXPORT_BATCH = 500;

    private static final RowMapper<Suppression> SUPPRESSION = (rs, ctx) -> new Suppression(
            new ItemId(rs.getString("suppression_id")), new UserId(rs.getString("user_id")), rs.getString("urn_hash"),
            Optional.ofNullable(rs.getString("masked_url")), InstantColumns.read(rs, "created_at"));

    private final JdbiTransactions db;
    private final IndexHints hints = new IndexHints();

    public JdbiSuppressionRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void suppress(Suppression suppression) {
        try {
            UniqueKeys.translate(Map.of(), () -> db.withHandle(h -> {
                var insert = h.createUpdate("INSERT INTO linkedin_suppression (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)");
                Sql.bindAll(insert, 0, suppression.userId().value(), suppression.id().value(), suppression.urnHash(),
                        suppression.maskedUrl(), suppression.createdAt());
                return insert.execute();
            }));
        } catch (UniquenessViolation suppressedAlready) {
            // the user suppressed this person before: one entry is enough
        }
    }

    @Override
    public Set<String> suppressedAmong(UserId user, Collection<String> urnHashes) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : Sql.chunks(new HashSet<>(urnHashes))) {
            found.addAll(db.withHandle(h -> {
                var query = h.createQuery("SELECT urn_hash FROM linkedin_suppression"
                        + hints.in(h, "ix_h2_linkedin_suppression_urn") + " WHERE user_id = ? AND urn_hash IN ("
                        + Sql.marks(chunk.size()) + ")");
                Sql.bindAll(query, Sql.bindAll(query, 0, user.value()), chunk.toArray());
                return query.mapTo(String.class).list();
            }));
        }
        return found;
    }

    @Override
    public Page<Suppression> list(UserId user, PageRequest page) {
        List<Suppression> rows = db.withHandle(h -> NEWEST.bind(h.createQuery("SELECT " + COLUMNS
                        + " FROM linkedin_suppression WHERE user_id = :userId" + NEWEST.after(page)
                        + NEWEST.orderAndLimit(page)), page)
                .bind("userId", user.value())
                .map(SUPPRESSION).list());
        return Page.of(rows, page.limit(), s -> Cursor.at(s.createdAt(), s.id().value()));
    }

    @Override
    public boolean lift(UserId user, ItemId id) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM linkedin_suppression WHERE user_id = ? AND suppression_id = ?")
                .bind(0, user.value()).bind(1, id.value()).execute()) == 1;
    }

    @Override
    public Map<String, Instant> tombstones(UserId user, ItemKind kind, Collection<String> urnHashes) {
        Map<String, Instant> found = new HashMap<>();
        for (List<String> chunk : Sql.chunks(new HashSet<>(urnHashes))) {
            db.withHandle(h -> {
                var query = h.createQuery("SELECT urn_hash, version FROM linkedin_tombstone"
                        + hints.in(h, "ix_h2_linkedin_tombstone_urn") + " WHERE user_id = ? AND kind = ? AND urn_hash IN ("
                        + Sql.marks(chunk.size()) + ")");
                Sql.bindAll(query, Sql.bindAll(query, 0, user.value(), kind.name()), chunk.toArray());
                query.map((rs, ctx) -> Map.entry(rs.getString("urn_hash"), InstantColumns.read(rs, "version")))
                        .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
                return null;
            });
        }
        return found;
    }

    @Override
    public void bury(UserId user, ItemKind kind, Map<String, Instant> versionsByHash) {
        if (versionsByHash.isEmpty()) {
            return;
        }
        db.inTransaction(() -> {
            Map<String, Instant> stored = tombstones(user, kind, versionsByHash.keySet());
            List<Map.Entry<String, Instant>> fresh = versionsByHash.entrySet().stream()
                    .filter(entry -> !stored.containsKey(entry.getKey())).toList();
            List<Map.Entry<String, Instant>> later = versionsByHash.entrySet().stream()
                    .filter(entry -> stored.containsKey(entry.getKey())
                            && entry.getValue().isAfter(stored.get(entry.getKey()))).toList();
            db.withHandle(h -> {
                Sql.insertRows(h, "linkedin_tombstone", List.of("user_id", "kind", "urn_hash", "version"), fresh,
                        entry -> new Object[] {user.value(), kind.name(), entry.getKey(), entry.getValue()});
                if (!later.isEmpty()) {
                    var batch = h.prepareBatch("UPDATE linkedin_tombstone SET version = ? "
                            + "WHERE user_id = ? AND kind = ? AND urn_hash = ?");
                    for (Map.Entry<String, Instant> entry : later) {
                        Sql.bindAll(batch, 0, entry.getValue(), user.value(), kind.name(), entry.getKey());
                        batch.add();
                    }
                    batch.execute();
                }
                return null;
            });
            return null;
        });
    }

    @Override
    public String category() {
        return LinkedInPersonalData.LINKEDIN_SUPPRESSIONS.id();
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        String after = "";
        while (true) {
            String from = after;
            List<Suppression> batch = db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM linkedin_suppression "
                            + "WHERE user_id = ? AND suppression_id > ? ORDER BY suppression_id LIMIT " + EXPORT_BATCH)
                    .bind(0, user.value()).bind(1, from).map(SUPPRESSION).list());
            batch.stream().map(LinkedInExport::suppression).forEach(sink);
            if (batch.size() < EXPORT_BATCH) {
                break;
            }
            after = batch.getLast().id().value();
        }
        String afterKind = "";
        String afterHash = "";
        while (true) {
            String kindFrom = afterKind;
            String hashFrom = afterHash;
            List<Tombstone> batch = db.withHandle(h -> h.createQuery("SELECT kind, urn_hash, version "
                            + "FROM linkedin_tombstone WHERE user_id = ? AND (kind > ? OR (kind = ? AND urn_hash > ?)) "
                            + "ORDER BY kind, urn_hash LIMIT " + EXPORT_BATCH)
                    .bind(0, user.value()).bind(1, kindFrom).bind(2, kindFrom).bind(3, hashFrom)
                    .map((rs, ctx) -> new Tombstone(ItemKind.valueOf(rs.getString("kind")), rs.getString("urn_hash"),
                            InstantColumns.read(rs, "version"))).list());
            batch.forEach(t -> sink.accept(LinkedInExport.tombstone(t.kind(), t.urnHash(), t.version())));
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
            afterKind = batch.getLast().kind().name();
            afterHash = batch.getLast().urnHash();
        }
    }

    /** One row of linkedin_tombstone, for the export. */
    private record Tombstone(ItemKind kind, String urnHash, Instant version) {
    }

    @Override
    public int erase(UserId user, int limit) {
        return db.inTransaction(() -> db.withHandle(h -> {
            List<String> ids = h.createQuery("SELECT suppression_id FROM linkedin_suppression WHERE user_id = ? "
                    + "ORDER BY suppression_id LIMIT " + limit).bind(0, user.value()).mapTo(String.class).list();
            int erased = Erasing.deleteIn(h, "linkedin_suppression", "suppression_id", user, ids);
            if (erased < limit) {
                List<Map.Entry<String, String>> keys = h.createQuery("SELECT kind, urn_hash FROM linkedin_tombstone "
                                + "WHERE user_id = ? ORDER BY kind, urn_hash LIMIT " + (limit - erased))
                        .bind(0, user.value())
                        .map((rs, ctx) -> Map.entry(rs.getString("kind"), rs.getString("urn_hash"))).list();
                for (Map.Entry<String, String> key : keys) {
                    erased += h.createUpdate("DELETE FROM linkedin_tombstone WHERE user_id = ? AND kind = ? "
                            + "AND urn_hash = ?").bind(0, user.value()).bind(1, key.getKey()).bind(2, key.getValue())
                            .execute();
                }
            }
            return erased;
        }));
    }
}
