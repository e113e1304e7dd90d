package io.cockpit.adapters.mysql.account;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.UniqueKeys;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.Contract;
import io.cockpit.domain.account.ContractStatus;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.ExternalId;
import io.cockpit.domain.account.PartnerId;
import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.account.TrackingId;
import io.cockpit.domain.account.UserId;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

import java.time.Instant;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

public final class JdbiAccountRepository implements AccountRepository {

    private static final String COLUMNS = "user_id, partner_id, external_id, email, name, contract_status, "
            + "archived_at, deletion_due_at, tracking_id, statistics_id, created_at, updated_at, version";

    private static final Map<String, UniquenessViolation.Rule> UNIQUE_INDEXES = Map.of(
            "uq_account_partner_external", UniquenessViolation.Rule.EXTERNAL_ID,
            "uq_account_email", UniquenessViolation.Rule.EMAIL);

    private static final RowMapper<Account> ACCOUNT = (rs, ctx) -> new Account(
            new UserId(rs.getString("user_id")),
            new PartnerId(rs.getString("partner_id")),
            new ExternalId(rs.getString("external_id")),
            new EmailAddress(rs.getString("email")),
            new PersonName(rs.getString("name")),
            new Contract(ContractStatus.fromWireName(rs.getString("contract_status")),
                    InstantColumns.read(rs, "archived_at"),
                    InstantColumns.read(rs, "deletion_due_at")),
            new TrackingId(rs.getString("tracking_id")),
            new StatisticsId(rs.getString("statistics_id")),
            InstantColumns.read(rs, "created_at"),
            InstantColumns.read(rs, "updated_at"),
            rs.getLong("version"));

    private final JdbiTransactions db;

    public JdbiAccountRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public Optional<Account> findById(UserId userId) {
        return byId(userId, "");
    }

    /** A locking read: it waits for a delete in flight and then reads what is committed, on MariaDB and H2 alike. */
    @Override
    public Optional<Account> lock(UserId userId) {
        return byId(userId, " FOR UPDATE");
    }

    @Override
    public Optional<Account> lockForNewAccess(UserId userId) {
        return byId(userId, " AND erasure_requested_at IS NULL FOR UPDATE");
    }

    @Override
    public void markErasureRequested(UserId userId, Instant at) {
        db.withHandle(h -> h.createUpdate("UPDATE account"
                        + " SET erasure_requested_at = COALESCE(erasure_requested_at, :at) WHERE user_id = :userId")
                .bind("userId", userId.value())
                .bind("at", at)
                .execute());
    }

    @Override
    public boolean erasureRequested(UserId userId) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account WHERE user_id = :userId"
                        + " AND erasure_requested_at IS NOT NULL")
                .bind("userId", userId.value())
                .mapTo(Integer.class)
                .one()) > 0;
    }

    private Optional<Account> byId(UserId userId, String lockClause) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM account WHERE user_id = :userId"
                        + lockClause)
                .bind("userId", userId.value())
                .map(ACCOUNT)
                .findOne());
    }

    @Override
    public Optional<Account> findByExternalId(PartnerId partnerId, ExternalId externalId) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM account "
                        + "WHERE partner_id = :partnerId AND external_id = :externalId")
                .bind("partnerId", partnerId.value())
                .bind("externalId", externalId.value())
                .map(ACCOUNT)
                .findOne());
    }

    @Override
    public Optional<Account> findByEmail(EmailAddress email) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM account WHERE email_canonical = :email")
                .bind("email", email.canonical())
                .map(ACCOUNT)
                .findOne());
    }

    @Override
    public Optional<Account> findByTrackingId(TrackingId trackingId) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM account WHERE tracking_id = :trackingId")
                .bind("trackingId", trackingId.value())
                .map(ACCOUNT)
                .findOne());
    }

    @Override
    public void add(Account account) {
        UniqueKeys.translate(UNIQUE_INDEXES, () -> db.withHandle(h -> bindAll(h.createUpdate(
                "INSERT INTO account (" + COLUMNS + ", email_canonical) VALUES (:userId, :partnerId, :externalId, "
                        + ":email, :name, :contractStatus, :archivedAt, :deletionDueAt, :trackingId, :statisticsId, "
                        + ":createdAt, :updatedAt, :version, :emailCanonical)"), account)
                .execute()));
    }

    @Override
    public Account update(Account changed) {
        int updated = UniqueKeys.translate(UNIQUE_INDEXES, () -> db.withHandle(h -> bindAll(h.createUpdate(
                "UPDATE account SET email = :email, email_canonical = :emailCanonical, name = :name, "
                        + "contract_status = :contractStatus, archived_at = :archivedAt, "
                        + "deletion_due_at = :deletionDueAt, statistics_id = :statisticsId, updated_at = :updatedAt, "
                        + "version = :version + 1 "
                        + "WHERE user_id = :userId AND version = :version"), changed)
                .execute()));
        if (updated != 1) {
            throw new StaleWriteException("account");
        }
        return new Account(changed.userId(), changed.partnerId(), changed.externalId(), changed.email(),
                changed.name(), changed.contract(), changed.trackingId(), changed.statisticsId(),
                changed.createdAt(), changed.updatedAt(), changed.version() + 1);
    }

    private static <S extends SqlStatement<S>> S bindAll(S statement, Account account) {
        return statement
                .bind("userId", account.userId().value())
                .bind("partnerId", account.partnerId().value())
                .bind("externalId", account.externalId().value())
                .bind("email", account.email().value())
                .bind("emailCanonical", account.email().canonical())
                .bind("name", account.name().value())
                .bind("contractStatus", account.contract().status().wireName())
                .bindByType("archivedAt", account.contract().archivedAt(), Instant.class)
                .bindByType("deletionDueAt", account.contract().deletionDueAt(), Instant.class)
                .bind("trackingId", account.trackingId().value())
                .bind("statisticsId", account.statisticsId().value())
                .bind("createdAt", account.createdAt())
                .bind("updatedAt", account.updatedAt())
                .bind("version", account.version());
    }

    /** Cancelled, archived before {@code :cutoff}, under no legal hold and not restricted. */
    private static final String DUE_FOR_RETENTION = "contract_status = 'cancelled' AND archived_at < :cutoff "
            + "AND NOT EXISTS (SELECT 1 FROM legal_hold WHERE legal_hold.user_id = account.user_id) "
            + "AND NOT EXISTS (SELECT 1 FROM processing_restriction "
            + "WHERE processing_restriction.user_id = account.user_id)";

    @Override
    public List<UserId> archivedBefore(Instant cutoff, int limit) {
        return db.withHandle(h -> h.createQuery("SELECT user_id FROM account WHERE " + DUE_FOR_RETENTION
                        + " ORDER BY archived_at, user_id LIMIT " + Math.max(0, limit))
                .bind("cutoff", cutoff)
                .map((rs, ctx) -> new UserId(rs.getString("user_id")))
                .list());
    }

    @Override
    public boolean lockIfStillDue(UserId userId, Instant cutoff) {
        // the row lock first: it waits for a hold or restriction in flight, whose writer holds it until its commit
        return lock(userId).isPresent() && db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account "
                        + "WHERE user_id = :userId AND " + DUE_FOR_RETENTION)
                .bind("userId", userId.value())
                .bind("cutoff", cutoff)
                .mapTo(Integer.class)
                .one()) > 0;
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        findById(user).map(AccountRepository::exported).ifPresent(sink);
    }

    @Override
    public int erase(UserId user, int limit) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM account WHERE user_id = :userId")
                .bind("userId", user.value())
                .execute());
    }
}
