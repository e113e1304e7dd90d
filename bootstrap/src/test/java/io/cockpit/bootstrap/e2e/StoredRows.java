package io.cockpit.bootstrap.e2e;

import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.adapters.mysql.register.JdbiRetentionRuns;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.paging.Pages;
import io.cockpit.domain.register.RetentionRun;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** What the server's relational store holds, read through a second connection, for end-to-end checks. */
final class StoredRows {

    private final CockpitFixture cockpit;

    StoredRows(CockpitFixture cockpit) {
        this.cockpit = cockpit;
    }

    /** How many rows of {@code table} carry the User-ID. */
    long ofUser(String table, String userId) {
        try (RelationalStore store = cockpit.openStore()) {
            return store.transactions().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table
                            + " WHERE user_id = :userId")
                    .bind("userId", userId)
                    .mapTo(Long.class)
                    .one());
        }
    }

    /** The actors of every audit event. */
    List<String> auditActors() {
        try (RelationalStore store = cockpit.openStore()) {
            return store.transactions().withHandle(h -> h.createQuery("SELECT actor FROM audit_event")
                    .mapTo(String.class)
                    .list());
        }
    }

    /** The retention runs that started at or after {@code since} (server time), the earliest first. */
    List<RetentionRun> retentionRunsSince(Instant since) {
        List<RetentionRun> runs = new ArrayList<>();
        try (RelationalStore store = cockpit.openStore()) {
            Pages.forEach(PageRequest.MAX_LIMIT, page -> store.repository(JdbiRetentionRuns::new).list(page), run -> {
                if (!run.startedAt().isBefore(since)) {
                    runs.add(run);
                }
            });
        }
        return runs.reversed();
    }

    /** How many items of {@code category} the runs since {@code since} deleted together. */
    int deletedSince(Instant since, String category) {
        return retentionRunsSince(since).stream().mapToInt(run -> run.deleted().getOrDefault(category, 0)).sum();
    }

    /** Waits up to 15 s for {@code condition}; whether it came true. */
    static boolean await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
