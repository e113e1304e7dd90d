package io.cockpit.adapters.mysql.audit;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.domain.audit.AuditEvent;

import java.util.List;

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
}
