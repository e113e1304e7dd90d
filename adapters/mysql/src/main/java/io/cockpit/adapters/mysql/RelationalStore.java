package io.cockpit.adapters.mysql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.statement.TemplateEngine;

import java.time.Duration;

/**
 * The relational store: a connection pool, the schema (migrated on start), Jdbi and the repositories on it.
 * The same code serves MySQL and the embedded H2; only the vendor migration folder differs.
 */
public final class RelationalStore implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final JdbiTransactions transactions;

    private RelationalStore(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        InstantColumns.register(jdbi);
        // Jdbi's default message lists the bound values, which are personal data; name the statement only.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(
                e -> "SQL statement failed: " + e.getStatementContext().getRawSql());
        // statements are plain SQL with :named parameters; skipping Jdbi's <attribute> templating saves work per call
        jdbi.getConfig(SqlStatements.class).setTemplateEngine(TemplateEngine.NOP);
        this.transactions = new JdbiTransactions(jdbi);
    }

    /** Opens the pool and brings the schema up to date. */
    public static RelationalStore open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setPoolName("cockpit-" + settings.vendor().name().toLowerCase());
        config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        config.setInitializationFailTimeout(Duration.ofSeconds(30).toMillis());
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/common", settings.vendor().migrationsLocation())
                    .load()
                    .migrate();
            return new RelationalStore(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    public JdbiTransactions transactions() {
        return transactions;
    }

    public JdbiAccountRepository accounts() {
        return new JdbiAccountRepository(transactions);
    }

    public JdbiTrackingIdRegistry trackingIdRegistry() {
        return new JdbiTrackingIdRegistry(transactions);
    }

    public JdbiActivationTokens activationTokens() {
        return new JdbiActivationTokens(transactions);
    }

    public JdbiApiKeyRepository apiKeys() {
        return new JdbiApiKeyRepository(transactions);
    }

    public JdbiCredentialRepository credentials() {
        return new JdbiCredentialRepository(transactions);
    }

    public JdbiSessionRepository sessions() {
        return new JdbiSessionRepository(transactions);
    }

    public JdbiKnownSignInAddresses knownSignInAddresses() {
        return new JdbiKnownSignInAddresses(transactions);
    }

    public JdbiBlockedAddressRepository blockedAddresses() {
        return new JdbiBlockedAddressRepository(transactions);
    }

    public JdbiAuditLog auditLog() {
        return new JdbiAuditLog(transactions);
    }

    public JdbiSettingsRepository settings() {
        return new JdbiSettingsRepository(transactions);
    }

    public JdbiPrivacyRepository privacy() {
        return new JdbiPrivacyRepository(transactions);
    }

    public JdbiConsentLedger consentLedger() {
        return new JdbiConsentLedger(transactions);
    }

    public JdbiTemplateRepository templates() {
        return new JdbiTemplateRepository(transactions);
    }

    public JdbiLabelRepository labels() {
        return new JdbiLabelRepository(transactions);
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
