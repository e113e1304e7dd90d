package io.cockpit.adapters.mysql.register;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.KeysetPage;
import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.RetentionRuns;
import io.cockpit.domain.register.RetentionRun;
import io.cockpit.domain.shared.ItemId;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code retention_run}: one row per run, the counts as {@code category=count} pairs separated by commas in the order
 * the job went through them (category ids are snake_case, so the text needs no escaping).
 */
public final class JdbiRetentionRuns implements RetentionRuns {

    private static final KeysetPage ORDER = KeysetPage.byTimeDescending("started_at", "run_id");

    private final JdbiTransactions db;

    public JdbiRetentionRuns(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(RetentionRun run) {
        db.withHandle(h -> h.createUpdate("INSERT INTO retention_run (run_id, started_at, finished_at, deleted, failed) "
                        + "VALUES (:id, :startedAt, :finishedAt, :deleted, :failed)")
                .bind("id", run.id().value())
                .bind("startedAt", run.startedAt())
                .bind("finishedAt", run.finishedAt())
                .bind("deleted", run.deleted().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(",")))
                .bind("failed", String.join(",", run.failed()))
                .execute());
    }

    @Override
    public Page<RetentionRun> list(PageRequest page) {
        List<RetentionRun> rows = db.withHandle(h -> ORDER.bind(h.createQuery("SELECT run_id, started_at, "
                        + "finished_at, deleted, failed FROM retention_run WHERE 1 = 1" + ORDER.after(page)
                        + ORDER.orderAndLimit(page)), page)
                .map((rs, ctx) -> new RetentionRun(new ItemId(rs.getString("run_id")),
                        InstantColumns.read(rs, "started_at"), InstantColumns.read(rs, "finished_at"),
                        counts(rs.getString("deleted")), list(rs.getString("failed"))))
                .list());
        return Page.of(rows, page.limit(), run -> Cursor.at(run.startedAt(), run.id().value()));
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String pair : list(text)) {
            int equals = pair.indexOf('=');
            counts.put(pair.substring(0, equals), Integer.parseInt(pair.substring(equals + 1)));
        }
        return counts;
    }

    private static List<String> list(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
    }
}
