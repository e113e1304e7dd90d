package io.cockpit.adapters.mysql;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/** Where the relational store is and how many connections to keep. */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize) {

    /**
     * The embedded H2 rewrites chunks of its file less than half full, and only while no request has read or written
     * the file since its last look (every 500 ms); it moves chunks together only when the file is less than half
     * used. H2's default (90) also compacts under load, in bites as large as {@link H2WriteBuffer}'s budget: with ten
     * users' LinkedIn data that took a core from every search and sync (docs/benchmarks.md, "H2's background
     * compaction"). The price is a larger file.
     */
    static final int COMPACT_FILL_RATE = 50;

    /**
     * How long the embedded H2 waits for a lock (H2's default is 2 s), as one user's LinkedIn batches queue for that
     * user's lock; all users' bulk writes wait twice as long for {@link OneWriterAtATime}'s turn.
     */
    static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:mysql:") && !jdbcUrl.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("the relational store must be MySQL (jdbc:mysql:...) or H2 (jdbc:h2:...)");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (maxPoolSize < 2) {
            // Flyway holds one connection for its lock while it migrates on another
            throw new IllegalArgumentException("maxPoolSize must be at least 2");
        }
    }

    /**
     * The embedded default: an H2 file database in MySQL mode under {@code dataDir}, open in one process at a time
     * (H2 locks the file). No {@code AUTO_SERVER}: it would open a TCP port on every interface for other processes;
     * `./cockpit keys` reaches a running server's database through its console socket instead.
     */
    public static DatabaseSettings embedded(Path dataDir, int maxPoolSize) {
        String file = dataDir.toAbsolutePath().resolve("cockpit").toString();
        return new DatabaseSettings("jdbc:h2:file:" + file
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
                + ";LOCK_TIMEOUT=" + LOCK_TIMEOUT.toMillis() + ";AUTO_COMPACT_FILL_RATE=" + COMPACT_FILL_RATE
                // the server's shutdown closes the database last; H2's own hook would close it first, in parallel,
                // and the jobs could not give up their leases
                + ";DB_CLOSE_ON_EXIT=FALSE",
                "cockpit", "", maxPoolSize);
    }

    public Vendor vendor() {
        return jdbcUrl.startsWith("jdbc:h2:") ? Vendor.H2 : Vendor.MYSQL;
    }

    /** The SQL dialects the store speaks; each has its own migrations folder besides the common one. */
    public enum Vendor {
        MYSQL("mysql"), H2("h2");

        private final String migrationsFolder;

        Vendor(String migrationsFolder) {
            this.migrationsFolder = migrationsFolder;
        }

        String migrationsLocation() {
            return "classpath:db/migration/" + migrationsFolder;
        }
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + jdbcUrl.replaceAll("password=[^&;]*", "password=***") + ", user=" + user + "]";
    }
}
