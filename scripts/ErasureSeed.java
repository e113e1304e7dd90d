import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Seeds the erasure benchmark (scripts/benchmark-erasure.sh) straight into a stopped server's database: for each
 * User-ID given, ROWS rows of its history (consent events and restriction events, half each), the kind of data a
 * user accumulates without limit. Usage: java ErasureSeed.java JDBC_URL USER PASSWORD ROWS USER_ID...
 */
public final class ErasureSeed {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int rows = Integer.parseInt(args[3]);
        String[] purposes = {"error_reporting", "statistics", "analytics_identification", "product_analytics",
                "recommendations"};
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            db.setAutoCommit(false);
            Instant start = Instant.now().minusSeconds(86_400L * 365);
            for (int u = 4; u < args.length; u++) {
                String user = args[u];
                try (PreparedStatement consent = db.prepareStatement("INSERT INTO consent_event (user_id, purpose, "
                        + "decision, at, policy_version, source) VALUES (?, ?, ?, ?, '2024-10-21', 'self-service')");
                     PreparedStatement restriction = db.prepareStatement("INSERT INTO restriction_event (user_id, "
                             + "restricted, at, source) VALUES (?, ?, ?, 'self-service')")) {
                    for (int i = 0; i < rows; i++) {
                        Timestamp at = Timestamp.from(start.plusMillis(i * 100L));
                        if (i % 2 == 0) {
                            consent.setString(1, user);
                            consent.setString(2, purposes[i % purposes.length]);
                            consent.setString(3, i % 4 == 0 ? "granted" : "withdrawn");
                            consent.setTimestamp(4, at);
                            consent.addBatch();
                        } else {
                            restriction.setString(1, user);
                            restriction.setBoolean(2, i % 4 == 1);
                            restriction.setTimestamp(3, at);
                            restriction.addBatch();
                        }
                        if (i % 5_000 == 4_999) {
                            consent.executeBatch();
                            restriction.executeBatch();
                            db.commit();
                        }
                    }
                    consent.executeBatch();
                    restriction.executeBatch();
                    db.commit();
                }
            }
        }
        System.out.println("seeded " + rows + " rows for each of " + (args.length - 4) + " users");
    }
}
