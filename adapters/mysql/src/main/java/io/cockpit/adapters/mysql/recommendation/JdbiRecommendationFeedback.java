package io.cockpit.adapters.mysql.recommendation;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.port.out.recommendation.RecommendationFeedback;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.recommendation.Dismissal;
import io.cockpit.domain.recommendation.Reason;
import io.cockpit.domain.recommendation.Snooze;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** {@code recommendation_snooze} and {@code recommendation_dismissal}. */
public final class JdbiRecommendationFeedback implements RecommendationFeedback {

    private static final int EXPORT_BATCH = 500;

    private final JdbiTransactions db;

    public JdbiRecommendationFeedback(JdbiTransactions db) {
        this.db = db;
    }

    /** One statement, so snoozes of one contact at once replace each other instead of meeting on the key. */
    @Override
    public void snooze(Snooze snooze) {
        db.withHandle(h -> h.createUpdate("INSERT INTO recommendation_snooze (user_id, contact_id, snoozed_until, "
                        + "created_at) VALUES (?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE snoozed_until = VALUES(snoozed_until), created_at = VALUES(created_at)")
                .bind(0, snooze.userId().value()).bind(1, snooze.contactId().value())
                .bind(2, snooze.until()).bind(3, snooze.createdAt()).execute());
    }

    @Override
    public int forgetContact(UserId user, ItemId contact) {
        return db.inTransaction(() -> db.withHandle(h -> {
            int snoozes = h.createUpdate("DELETE FROM recommendation_snooze WHERE user_id = ? AND contact_id = ?")
                    .bind(0, user.value()).bind(1, contact.value()).execute();
            return snoozes + h.createUpdate("DELETE FROM recommendation_dismissal WHERE user_id = ? AND contact_id = ?")
                    .bind(0, user.value()).bind(1, contact.value()).execute();
        }));
    }

    @Override
    public boolean unsnooze(UserId user, ItemId contact) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM recommendation_snooze WHERE user_id = ? AND contact_id = ?")
                .bind(0, user.value()).bind(1, contact.value()).execute()) > 0;
    }

    @Override
    public Map<ItemId, Instant> snoozedUntil(UserId user, Instant now) {
        Map<ItemId, Instant> until = new HashMap<>();
        db.withHandle(h -> {
            h.createQuery("SELECT contact_id, snoozed_until FROM recommendation_snooze "
                            + "WHERE user_id = ? AND snoozed_until > ?")
                    .bind(0, user.value()).bind(1, now)
                    .map((rs, ctx) -> Map.entry(new ItemId(rs.getString("contact_id")),
                            InstantColumns.read(rs, "snoozed_until")))
                    .forEach(e -> until.put(e.getKey(), e.getValue()));
            return null;
        });
        return until;
    }

    @Override
    public void dismiss(Dismissal dismissal) {
        db.withHandle(h -> h.createUpdate("INSERT INTO recommendation_dismissal (user_id, contact_id, reason, "
                        + "dismissed_at) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE dismissed_at = VALUES(dismissed_at)")
                .bind(0, dismissal.userId().value()).bind(1, dismissal.contactId().value())
                .bind(2, dismissal.reason().wireName()).bind(3, dismissal.dismissedAt()).execute());
    }

    @Override
    public Map<ItemId, Map<Reason, Instant>> dismissals(UserId user) {
        Map<ItemId, Map<Reason, Instant>> all = new HashMap<>();
        db.withHandle(h -> {
            h.createQuery("SELECT contact_id, reason, dismissed_at FROM recommendation_dismissal WHERE user_id = ?")
                    .bind(0, user.value())
                    .map((rs, ctx) -> new Dismissal(user, new ItemId(rs.getString("contact_id")),
                            Reason.fromWireName(rs.getString("reason")), InstantColumns.read(rs, "dismissed_at")))
                    .forEach(d -> all.computeIfAbsent(d.contactId(), k -> new EnumMap<>(Reason.class))
                            .put(d.reason(), d.dismissedAt()));
            return null;
        });
        return all;
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        String after = "";
        while (true) {
            String from = after;
            List<Snooze> batch = db.withHandle(h -> h.createQuery("SELECT contact_id, snoozed_until, created_at "
                            + "FROM recommendation_snooze WHERE user_id = ? AND contact_id > ? ORDER BY contact_id "
                            + "LIMIT " + EXPORT_BATCH)
                    .bind(0, user.value()).bind(1, from)
                    .map((rs, ctx) -> new Snooze(user, new ItemId(rs.getString("contact_id")),
                            InstantColumns.read(rs, "snoozed_until"), InstantColumns.read(rs, "created_at")))
                    .list());
            batch.stream().map(RecommendationFeedback::exported).forEach(sink);
            if (batch.size() < EXPORT_BATCH) {
                break;
            }
            after = batch.getLast().contactId().value();
        }
        String afterContact = "";
        String afterReason = "";
        while (true) {
            String contactFrom = afterContact;
            String reasonFrom = afterReason;
            List<Dismissal> batch = db.withHandle(h -> h.createQuery("SELECT contact_id, reason, dismissed_at "
                            + "FROM recommendation_dismissal WHERE user_id = ? "
                            + "AND (contact_id > ? OR (contact_id = ? AND reason > ?)) ORDER BY contact_id, reason "
                            + "LIMIT " + EXPORT_BATCH)
                    .bind(0, user.value()).bind(1, contactFrom).bind(2, contactFrom).bind(3, reasonFrom)
                    .map((rs, ctx) -> new Dismissal(user, new ItemId(rs.getString("contact_id")),
                            Reason.fromWireName(rs.getString("reason")), InstantColumns.read(rs, "dismissed_at")))
                    .list());
            batch.stream().map(RecommendationFeedback::exported).forEach(sink);
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
            afterContact = batch.getLast().contactId().value();
            afterReason = batch.getLast().reason().wireName();
        }
    }

    @Override
    public int erase(UserId user, int limit) {
        return db.inTransaction(() -> db.withHandle(h -> {
            List<String> snoozed = h.createQuery("SELECT contact_id FROM recommendation_snooze WHERE user_id = ? "
                    + "ORDER BY contact_id LIMIT " + limit).bind(0, user.value()).mapTo(String.class).list();
            int erased = 0;
            for (String contact : snoozed) {
                erased += h.createUpdate("DELETE FROM recommendation_snooze WHERE user_id = ? AND contact_id = ?")
                        .bind(0, user.value()).bind(1, contact).execute();
            }
            if (erased < limit) {
                List<Map.Entry<String, String>> keys = h.createQuery("SELECT contact_id, reason "
                                + "FROM recommendation_dismissal WHERE user_id = ? ORDER BY contact_id, reason LIMIT "
                                + (limit - erased))
                        .bind(0, user.value())
                        .map((rs, ctx) -> Map.entry(rs.getString("contact_id"), rs.getString("reason"))).list();
                for (Map.Entry<String, String> key : keys) {
                    erased += h.createUpdate("DELETE FROM recommendation_dismissal WHERE user_id = ? "
                                    + "AND contact_id = ? AND reason = ?")
                            .bind(0, user.value()).bind(1, key.getKey()).bind(2, key.getValue()).execute();
                }
            }
            return erased;
        }));
    }
}
