package io.cockpit.adapters.mysql;

import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.testing.NeedsRealServers;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query plan of a page after a cursor within one user's history (what an export reads to the end), and of the
 * erasure's batch of keys: a seek in the index (user_id, at, id) that reads the rows in order, on H2 and on MariaDB; a
 * plan that scans or sorts all of the user's rows makes reading or erasing the whole history quadratic in its length.
 */
class KeysetPagePlanTest {

    private static final KeysetPage OLDEST_FIRST = KeysetPage.byTimeAscending("at", "id")
            .within("user_id", "ix_consent_event_user");
    private static final KeysetPage NEWEST_FIRST = KeysetPage.byTimeDescending("at", "id")
            .within("user_id", "ix_consent_event_user");
    private static final BatchDelete ERASURE = BatchDelete.inIndexOrder("consent_event", "id", "user_id", "userId",
            "at, id");
    private static final String USER = "00000000-0000-7000-8000-000000000001";
    private static final int ROWS = 2_000;
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void onH2EveryPageIsReadInTheIndexOrderFromTheCursor() {
        try (StoreUnderTest under = StoreUnderTest.h2()) {
            for (KeysetPage order : List.of(OLDEST_FIRST, NEWEST_FIRST)) {
                String plan = plan(under, order, 300);
                assertThat(plan).contains("ix_consent_event_user: user_id = ?1")
                        .containsPattern("at [<>]= ")
                        .contains("/* index sorted */");
            }
            assertThat(erasurePlan(under)).contains("ix_consent_event_user: user_id = ?1")
                    .contains("/* index sorted */");
        }
    }

    @Nested
    @NeedsRealServers
    class OnMariaDb {

        @Test
        void everyPageIsARangeInTheIndexWithoutASort() {
            try (StoreUnderTest under = StoreUnderTest.mariaDb()) {
                for (KeysetPage order : List.of(OLDEST_FIRST, NEWEST_FIRST)) {
                    // early in the list: without the hint MariaDB scanned from the list's start (type ref)
                    String plan = plan(under, order, 300);
                    assertThat(plan).contains("key=ix_consent_event_user").contains("type=range")
                            .doesNotContain("filesort");
                }
                assertThat(erasurePlan(under)).contains("key=ix_consent_event_user").doesNotContain("filesort");
            }
        }
    }

    /** The EXPLAIN output of the erasure's first batch of USER's keys. */
    private static String erasurePlan(StoreUnderTest under) {
        return under.store().transactions().withHandle(h -> {
            seed(h);
            return String.join("\n", h.createQuery("EXPLAIN " + ERASURE.keySelect(h, "", 500))
                    .bind("userId", USER).map((rs, ctx) -> line(rs)).list());
        });
    }

    /** The EXPLAIN output of the page after the row at {@code position} of USER's history, one line per row. */
    private static String plan(StoreUnderTest under, KeysetPage order, int position) {
        return under.store().transactions().withHandle(h -> {
            seed(h);
            Instant at = START.plusSeconds(order.newestFirst() ? ROWS - 1 - position : position);
            long id = h.createQuery("SELECT id FROM consent_event WHERE user_id = :u AND at = :at")
                    .bind("u", USER).bind("at", Timestamp.from(at)).mapTo(Long.class).one();
            PageRequest page = new PageRequest(100, Optional.of(Cursor.at(at, Long.toString(id))));
            return String.join("\n", order.bind(h.createQuery("EXPLAIN SELECT id, at, source FROM consent_event"
                            + order.indexHint(h) + " WHERE user_id = :userId" + order.after(page)
                            + order.orderAndLimit(page, h)), page)
                    .bind("userId", USER)
                    .map((rs, ctx) -> line(rs))
                    .list());
        });
    }

    private static String line(java.sql.ResultSet rs) throws java.sql.SQLException {
        StringBuilder line = new StringBuilder();
        for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
            line.append(rs.getMetaData().getColumnLabel(column).toLowerCase()).append('=')
                    .append(rs.getString(column)).append(' ');
        }
        return line.toString().replaceAll("\\s+", " ");
    }

    /** ROWS rows for USER and as many for another user, one a second. */
    private static void seed(Handle h) {
        if (h.createQuery("SELECT COUNT(*) FROM consent_event").mapTo(Integer.class).one() > 0) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO consent_event (user_id, purpose, decision, at, "
                + "policy_version, source) VALUES (:user, 'statistics', 'granted', :at, '2024-10-21', 'self-service')");
        for (String user : List.of(USER, "00000000-0000-7000-8000-000000000002")) {
            for (int i = 0; i < ROWS; i++) {
                batch.bindMap(Map.of("user", user, "at", Timestamp.from(START.plusSeconds(i)))).add();
            }
        }
        batch.execute();
        h.execute("ANALYZE" + (OLDEST_FIRST.indexHint(h).isEmpty() ? "" : " TABLE consent_event"));
    }
}
