package io.cockpit.adapters.mysql.privacy;

import io.cockpit.adapters.mysql.BatchDelete;
import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.KeysetPage;
import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.paging.Pages;
import io.cockpit.application.port.out.privacy.ConsentLedger;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.ConsentDecision;
import io.cockpit.domain.privacy.ConsentEvent;
import io.cockpit.domain.privacy.ConsentPurpose;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The consent history; this class has an INSERT and SELECTs, and deletes rows only to erase all of a user's entries
 * with the account. Nothing changes a row.
 */
public final class JdbiConsentLedger implements ConsentLedger {

    private static final String BY_USER = "ix_consent_event_user";
    private static final KeysetPage ORDER = KeysetPage.byTimeDescending("at", "id").within("user_id", BY_USER);
    private static final KeysetPage OLDEST_FIRST = KeysetPage.byTimeAscending("at", "id").within("user_id", BY_USER);
    private static final BatchDelete OF_USER = BatchDelete.inIndexOrder("consent_event", "id", "user_id", "userId",
            "at, id");

    private final JdbiTransactions db;

    public JdbiConsentLedger(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void append(ConsentEvent event) {
        db.withHandle(h -> h.createUpdate("INSERT INTO consent_event (user_id, purpose, decision, at, policy_version, "
                        + "source) VALUES (:userId, :purpose, :decision, :at, :policyVersion, :source)")
                .bind("userId", event.userId().value())
                .bind("purpose", event.purpose().wireName())
                .bind("decision", event.decision().wireName())
                .bind("at", event.at())
                .bind("policyVersion", event.policyVersion())
                .bind("source", event.source())
                .execute());
    }

    @Override
    public Page<ConsentEvent> list(UserId userId, PageRequest page) {
        return page(userId, page, ORDER);
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        Pages.forEach(Pages.EXPORT_PAGE, page -> page(user, page, OLDEST_FIRST),
                event -> sink.accept(ConsentLedger.exported(event)));
    }

    @Override
    public int erase(UserId user, int limit) {
        return OF_USER.run(db, Map.of("userId", user.value()), limit);
    }

    private Page<ConsentEvent> page(UserId userId, PageRequest page, KeysetPage order) {
        List<Map.Entry<Long, ConsentEvent>> rows = db.withHandle(h -> order.bind(h.createQuery(
                        "SELECT id, purpose, decision, at, policy_version, source FROM consent_event"
                                + order.indexHint(h) + " WHERE user_id = :userId" + order.after(page)
                                + order.orderAndLimit(page, h)), page)
                .bind("userId", userId.value())
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), new ConsentEvent(userId,
                        ConsentPurpose.valueOf(rs.getString("purpose").toUpperCase(Locale.ROOT)),
                        ConsentDecision.valueOf(rs.getString("decision").toUpperCase(Locale.ROOT)),
                        InstantColumns.read(rs, "at"), rs.getString("policy_version"), rs.getString("source"))))
                .list());
        return Page.of(rows, page.limit(), row -> Cursor.at(row.getValue().at(), Long.toString(row.getKey())))
                .map(Map.Entry::getValue);
    }
}
