package io.cockpit.adapters.mysql.audit;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.domain.audit.AuditEvent;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/** {@code audit_event}; {@code pseudonymised} marks events whose actor and target were replaced after their period. */
public final class JdbiAuditLog implements AuditLog {

    private final JdbiTransactions db;

    public JdbiAuditLog(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void record(AuditEvent event) {
        db.withHandle(h -> h.createUpdate("INSERT INTO audit_event (actor, action, target, at) "
                        + "VALUES (:actor, :action, :target, :at)")
                .bind("actor", event.actor())
                .bind("action", event.action())
                .bind("target", event.target())
                .bind("at", event.at())
                .execute());
    }

    @Override
    public List<AuditEvent> latest(int limit) {
        return db.withHandle(h -> h.createQuery("SELECT actor, action, target, at FROM audit_event "
                        + "ORDER BY id DESC LIMIT " + Math.max(1, limit))
                .map((rs, ctx) -> new AuditEvent(rs.getString("actor"), rs.getString("action"),
                        rs.getString("target"), InstantColumns.read(rs, "at")))
                .list());
    }

    @Override
    public int replaceInTargets(String identifier, String pseudonym, int limit) {
        return db.inTransaction(() -> db.withHandle(h -> {
            List<Long> ids = h.createQuery("SELECT id FROM audit_event WHERE LOCATE(:identifier, target) > 0 "
                            + "ORDER BY id LIMIT " + Math.max(0, limit))
                    .bind("identifier", identifier)
                    .mapTo(Long.class)
                    .list();
            int changed = 0;
            for (long id : ids) {
                changed += h.createUpdate("UPDATE audit_event SET target = REPLACE(target, :identifier, :pseudonym) "
                                + "WHERE id = :id AND LOCATE(:identifier, target) > 0")
                        .bind("identifier", identifier)
                        .bind("pseudonym", pseudonym)
                        .bind("id", id)
                        .execute();
            }
            return changed;
        }));
    }

    private record Due(long id, String actor, String target) {
    }

    @Override
    public int pseudonymiseRecordedBefore(Instant cutoff, UnaryOperator<String> pseudonym, int limit) {
        return db.inTransaction(() -> db.withHandle(h -> {
            List<Due> due = h.createQuery("SELECT id, actor, target FROM audit_event "
                            + "WHERE pseudonymised = FALSE AND at < :cutoff ORDER BY at, id LIMIT " + Math.max(0, limit))
                    .bind("cutoff", cutoff)
                    .map((rs, ctx) -> new Due(rs.getLong("id"), rs.getString("actor"), rs.getString("target")))
                    .list();
            if (due.isEmpty()) {
                return 0;
            }
            PreparedBatch batch = h.prepareBatch("UPDATE audit_event SET actor = :actor, target = :target, "
                    + "pseudonymised = TRUE WHERE id = :id AND pseudonymised = FALSE");
            for (Due event : due) {
                batch.bind("actor", pseudonym.apply(event.actor()))
                        .bind("target", event.target().equals("-") ? "-" : pseudonym.apply(event.target()))
                        .bind("id", event.id())
                        .add();
            }
            int changed = 0;
            for (int rows : batch.execute()) {
                changed += rows;
            }
            return changed;
        }));
    }
}
