package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.account.JdbiAccountRepository;
import io.cockpit.application.port.out.shared.StoreUnavailable;
import io.cockpit.application.port.out.shared.Transactions;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.statement.TemplateEngine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Function;

/**
 * The relational store: a connection pool, the schema (migrated on start), Jdbi, and the repositories of every capability on it.
 * The same code serves MySQL and the embedded H2; only the vendor migration folder differs.
 */
public final class RelationalStore implements AutoCloseable {

    /** How long a statement waits for a free connection before its request is answered 503 ({@link StoreUnavailable}). */
    static final Duration CONNECTION_WAIT = Duration.ofSeconds(10);

    /**
     * How long MySQL may take to answer a statement before its connection counts as broken (Connector/J's
     * {@code socketTimeout}): a database that stops answering without closing the connection (a failover, a network
     * that drops packets) would otherwise hold the request and its connection until the operating system gives up
     * (about 15 minutes). Above the lock wait (50 s) and every statement's time; migrations have no limit.
     */
    static final Duration ANSWER_WAIT = Duration.ofSeconds(60);

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final JdbiTransactions transactions;
    private final Transactions bulkWrites;

    private RelationalStore(HikariDataSource dataSource, DatabaseSettings.Vendor vendor) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        InstantColumns.register(jdbi);
        // Jdbi's default message lists the bound values, which are personal data; name the statement only.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(
                e -> "SQL statement failed: " + e.getStatementContext().getRawSql());
        // statements are plain SQL with :named parameters; skipping Jdbi's <attribute> templating saves work per call
        jdbi.getConfig(SqlStatements.class).setTemplateEngine(TemplateEngine.NOP);
        this.transactions = new JdbiTransactions(jdbi);
        // a turn is waited for longer than a row lock: when its holder waits for one in vain (another write of the
        // user's rows, an erasure), the holder gives up first, not everyone queued behind it
        this.bulkWrites = vendor == DatabaseSettings.Vendor.H2
                ? new OneWriterAtATime(transactions, DatabaseSettings.LOCK_TIMEOUT.multipliedBy(2)) : transactions;
    }

    /**
     * Opens the pool and brings the schema up to date, for a database that holds nothing a keyed migration must
     * convert (a new one, or one a server of this version migrated already).
     */
    public static RelationalStore open(DatabaseSettings settings) {
        return open(settings, MigrationKeys.NONE);
    }

    /** Opens the pool and brings the schema up to date; {@code keys} for the migrations that need the secret. */
    public static RelationalStore open(DatabaseSettings settings, MigrationKeys keys) {
        return open(settings, keys, CONNECTION_WAIT);
    }

    /** As {@link #open(DatabaseSettings, MigrationKeys)}, with a request waiting {@code connectionWait} for a connection. */
    static RelationalStore open(DatabaseSettings settings, MigrationKeys keys, Duration connectionWait) {
        return open(settings, keys, connectionWait, ANSWER_WAIT);
    }

    /** ... and MySQL's answer to a statement waited for {@code answerWait}. */
    static RelationalStore open(DatabaseSettings settings, MigrationKeys keys, Duration connectionWait,
                                Duration answerWait) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setPoolName("cockpit-" + settings.vendor().name().toLowerCase());
        config.setConnectionTimeout(connectionWait.toMillis());
        config.setInitializationFailTimeout(Duration.ofSeconds(30).toMillis());
        if (settings.vendor() == DatabaseSettings.Vendor.MYSQL) {
            // Connector/J parses every statement's text on each prepare; the cache keeps the parse per connection
            config.addDataSourceProperty("cachePrepStmts", "true");
            config.addDataSourceProperty("prepStmtCacheSize", "500");
            config.addDataSourceProperty("prepStmtCacheSqlLimit", "16384");
            config.addDataSourceProperty("socketTimeout", Long.toString(answerWait.toMillis()));
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            try (Connection connection = dataSource.getConnection()) {
                if (settings.vendor() == DatabaseSettings.Vendor.H2) {
                    H2WriteBuffer.raise(connection);
                }
                TrackingIdHashMigration.refuseWithoutTheSecret(connection, keys);
            } catch (SQLException e) {
                throw new IllegalStateException("reading the schema failed", e);
            }
            Flyway.configure()
                    .dataSource(settings.jdbcUrl(), settings.user(), settings.password()) // without the pool's answer wait
                    .locations("classpath:db/migration/common", settings.vendor().migrationsLocation())
                    .javaMigrations(new TrackingIdHashMigration(keys), new LayoutControlsMigration())
                    .load()
                    .migrate();
            if (settings.vendor() == DatabaseSettings.Vendor.H2) {
                try (Connection connection = dataSource.getConnection()) {
                    H2TextColumns.unbound(connection);
                } catch (SQLException e) {
                    throw new IllegalStateException("widening H2's text columns failed", e);
                }
            }
            return new RelationalStore(dataSource, settings.vendor());
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * Whether another process has this embedded database open (H2 locks its file): opening it would fail, after the
     * pool's retries. Asks with one plain connection, which H2 refuses at once. Always false for MySQL.
     */
    public static boolean openInAnotherProcess(DatabaseSettings settings) {
        if (settings.vendor() != DatabaseSettings.Vendor.H2) {
            return false;
        }
        try (Connection probe = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            return false;
        } catch (SQLException e) {
            return e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1;
        }
    }

    public JdbiTransactions transactions() {
        return transactions;
    }

    /**
     * The transactions of bulk writes (the LinkedIn sync: hundreds of rows and their search tokens at a time): one at
     * a time on the embedded H2 ({@link OneWriterAtATime}), side by side on MySQL.
     */
    public Transactions bulkWrites() {
        return bulkWrites;
    }

    /** A repository on this store, e.g. {@code store.repository(JdbiAccountRepository::new)}. */
    public <T> T repository(Function<JdbiTransactions, T> constructor) {
        return constructor.apply(transactions);
    }

    /** For readiness: whether the store answers a trivial query. */
    public boolean answers() {
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
