package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.label.LabelKind;
import io.cockpit.domain.linkedin.LabelIds;
import io.cockpit.domain.shared.ItemId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * A join table of tags and categories on contacts or conversations: (user_id, label_id, owner id, kind), with the
 * primary key for "who carries this label" and a key by owner for "which labels does it carry".
 */
final class Labels {

    private final JdbiTransactions db;
    private final String table;
    private final String ownerColumn;
    private final IndexHints hints = new IndexHints();

    Labels(JdbiTransactions db, String table, String ownerColumn) {
        this.db = db;
        this.table = table;
        this.ownerColumn = ownerColumn;
    }

    /** " AND owner IN (SELECT owner FROM table WHERE user_id = ? AND label_id = ?)", binding user and label. */
    String filter(String ownerExpression) {
        return " AND " + ownerExpression + " IN (SELECT l." + ownerColumn + " FROM " + table
                + " l WHERE l.user_id = ? AND l.label_id = ?)";
    }

    Map<ItemId, LabelIds> of(UserId user, Collection<ItemId> owners) {
        Map<ItemId, List<ItemId>> tags = new HashMap<>();
        Map<ItemId, List<ItemId>> categories = new HashMap<>();
        for (List<ItemId> chunk : Sql.chunks(new HashSet<>(owners))) {
            db.withHandle(h -> {
                var query = h.createQuery("SELECT " + ownerColumn + ", label_id, kind FROM " + table
                        + hints.in(h, "ix_h2_" + table + "_" + ownerColumn.replace("_id", ""))
                        + " WHERE user_id = ? AND " + ownerColumn + " IN (" + Sql.marks(chunk.size()) + ")");
                Sql.bindAll(query, Sql.bindAll(query, 0, user.value()), chunk.stream().map(ItemId::value).toArray());
                query.map((rs, ctx) -> new Object[] {new ItemId(rs.getString(ownerColumn)),
                                new ItemId(rs.getString("label_id")), LabelKind.valueOf(rs.getString("kind"))})
                        .forEach(row -> (row[2] == LabelKind.TAG ? tags : categories)
                                .computeIfAbsent((ItemId) row[0], k -> new ArrayList<>()).add((ItemId) row[1]));
                return null;
            });
        }
        Map<ItemId, LabelIds> labels = new HashMap<>();
        for (ItemId owner : owners) {
            if (tags.containsKey(owner) || categories.containsKey(owner)) {
                labels.put(owner, new LabelIds(tags.getOrDefault(owner, List.of()),
                        categories.getOrDefault(owner, List.of())));
            }
        }
        return labels;
    }

    void set(UserId user, ItemId owner, LabelIds labels) {
        db.inTransaction(() -> db.withHandle(h -> {
            h.createUpdate("DELETE FROM " + table + " WHERE user_id = ? AND " + ownerColumn + " = ?")
                    .bind(0, user.value()).bind(1, owner.value()).execute();
            List<Object[]> rows = new ArrayList<>();
            labels.tags().forEach(tag -> rows.add(new Object[] {user.value(), tag.value(), owner.value(), "TAG"}));
            labels.categories().forEach(category -> rows.add(
                    new Object[] {user.value(), category.value(), owner.value(), "CATEGORY"}));
            Sql.insertRows(h, table, List.of("user_id", "label_id", ownerColumn, "kind"), rows, row -> row);
            return null;
        }));
    }

    void remove(UserId user, ItemId label) {
        db.withHandle(h -> h.createUpdate("DELETE FROM " + table + " WHERE user_id = ? AND label_id = ?")
                .bind(0, user.value()).bind(1, label.value()).execute());
    }

    void removeOwners(UserId user, Collection<String> owners) {
        db.withHandle(h -> Erasing.deleteIn(h, table, ownerColumn, user, List.copyOf(owners)));
    }

    /** Deletes up to {@code limit} rows whose owner is gone (after a crash between two erasing statements). */
    int eraseAll(UserId user) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM " + table + " WHERE user_id = ?")
                .bind(0, user.value()).execute());
    }
}
