package io.cockpit.adapters.mysql.website;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.KeysetPage;
import io.cockpit.adapters.mysql.UniqueKeys;
import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.application.port.out.website.ApplicationRepository;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.Application;
import io.cockpit.domain.website.ApplicationFilter;
import io.cockpit.domain.website.ApplicationNote;
import io.cockpit.domain.website.ApplicationStatus;
import io.cockpit.domain.website.ConsentTextVersion;
import io.cockpit.domain.website.FormMessage;
import io.cockpit.domain.website.HoldReason;
import io.cockpit.domain.website.JobReference;
import io.cockpit.domain.website.LegalHold;
import io.cockpit.domain.website.NoteText;
import io.cockpit.domain.website.PhoneNumber;
import io.cockpit.domain.website.TalentPoolMembership;
import io.cockpit.domain.website.UploadWindow;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applications in {@code application}, their talent-pool consents in {@code talent_pool_entry} (read with a left
 * join) and their notes in {@code application_note}. Writes that touch two tables run in one transaction.
 */
public final class JdbiApplicationRepository implements ApplicationRepository {

    private static final String SELECT = "SELECT a.application_id, a.job_reference, a.first_name, a.last_name, "
            + "a.email, a.phone, a.message, a.status, a.received_at, a.status_changed_at, a.ended_at, a.hold_reason, a.hold_until, "
            + "a.hold_placed_at, a.erasure_requested_at, a.withdrawal_token_hash, a.upload_token_hash, a.upload_until, a.updated_at, "
            + "a.version, t.consent_text_version, t.consented_at, t.withdrawal_token_hash AS pool_token_hash "
            + "FROM application a LEFT JOIN talent_pool_entry t ON t.application_id = a.application_id";
    private static final KeysetPage NEWEST = KeysetPage.byTimeDescending("a.received_at", "a.application_id");
    private static final KeysetPage LATEST_CONSENT = KeysetPage.byTimeDescending("t.consented_at", "t.application_id");
    private static final Map<String, UniquenessViolation.Rule> UNIQUE = Map.of(
            "uq_application_withdrawal", UniquenessViolation.Rule.IDENTIFIER,
            "uq_talent_pool_entry_withdrawal", UniquenessViolation.Rule.IDENTIFIER);

    private static final RowMapper<Application> APPLICATION = (rs, ctx) -> {
        Instant holdUntil = InstantColumns.read(rs, "hold_until");
        Instant consentedAt = InstantColumns.read(rs, "consented_at");
        return new Application(
                new ItemId(rs.getString("application_id")),
                new JobReference(rs.getString("job_reference")),
                new PersonName(rs.getString("first_name")),
                new PersonName(rs.getString("last_name")),
                new EmailAddress(rs.getString("email")),
                Optional.ofNullable(rs.getString("phone")).map(PhoneNumber::new),
                Optional.ofNullable(rs.getString("message")).map(FormMessage::new),
                ApplicationStatus.fromWireName(rs.getString("status")),
                InstantColumns.read(rs, "received_at"),
                InstantColumns.read(rs, "status_changed_at"),
                Optional.ofNullable(InstantColumns.read(rs, "ended_at")),
                holdUntil == null ? Optional.empty() : Optional.of(new LegalHold(
                        new HoldReason(rs.getString("hold_reason")), holdUntil,
                        InstantColumns.read(rs, "hold_placed_at"))),
                consentedAt == null ? Optional.empty() : Optional.of(new TalentPoolMembership(
                        new ConsentTextVersion(rs.getString("consent_text_version")), consentedAt,
                        new TokenHash(rs.getString("pool_token_hash")))),
                Optional.ofNullable(InstantColumns.read(rs, "erasure_requested_at")),
                new TokenHash(rs.getString("withdrawal_token_hash")),
                new UploadWindow(new TokenHash(rs.getString("upload_token_hash")),
                        InstantColumns.read(rs, "upload_until")),
                InstantColumns.read(rs, "updated_at"),
                rs.getLong("version"));
    };

    private static final RowMapper<ApplicationNote> NOTE = (rs, ctx) -> new ApplicationNote(
            new ItemId(rs.getString("note_id")),
            new ItemId(rs.getString("application_id")),
            new NoteText(rs.getString("note")),
            rs.getString("author"),
            InstantColumns.read(rs, "created_at"));

    private final JdbiTransactions db;

    public JdbiApplicationRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(Application application) {
        UniqueKeys.translate(UNIQUE, () -> db.inTransaction(() -> db.withHandle(h -> {
            h.createUpdate("INSERT INTO application (application_id, job_reference, first_name, last_name, email, "
                            + "email_canonical, phone, message, status, received_at, status_changed_at, ended_at, hold_reason, hold_until, "
                            + "hold_placed_at, erasure_requested_at, erase_after, withdrawal_token_hash, upload_token_hash, "
                            + "upload_until, updated_at, version) VALUES (:id, :job, :firstName, :lastName, :email, "
                            + ":canonical, :phone, :message, :status, :receivedAt, :statusChangedAt, :endedAt, :holdReason, :holdUntil, "
                            + ":holdPlacedAt, :erasureRequestedAt, :eraseAfter, :withdrawal, :upload, :uploadUntil, "
                            + ":updatedAt, :version)")
                    .bind("id", application.id().value())
                    .bind("job", application.jobReference().value())
                    .bind("firstName", application.firstName().value())
                    .bind("lastName", application.lastName().value())
                    .bind("email", application.email().value())
                    .bind("canonical", application.email().canonical())
                    .bind("phone", application.phone().map(PhoneNumber::value).orElse(null))
                    .bind("message", application.message().map(FormMessage::value).orElse(null))
                    .bind("status", application.status().wireName())
                    .bind("receivedAt", application.receivedAt())
                    .bind("statusChangedAt", application.statusChangedAt())
                    .bind("endedAt", application.endedAt().orElse(null))
                    .bind("holdReason", application.legalHold().map(hold -> hold.reason().value()).orElse(null))
                    .bind("holdUntil", application.legalHold().map(LegalHold::until).orElse(null))
                    .bind("holdPlacedAt", application.legalHold().map(LegalHold::placedAt).orElse(null))
                    .bind("erasureRequestedAt", application.erasureRequestedAt().orElse(null))
                    .bind("eraseAfter", application.eraseAfter())
                    .bind("withdrawal", application.withdrawal().hex())
                    .bind("upload", application.upload().token().hex())
                    .bind("uploadUntil", application.upload().until())
                    .bind("updatedAt", application.updatedAt())
                    .bind("version", application.version())
                    .execute();
            application.talentPool().ifPresent(pool -> insertPoolEntry(h, application.id(), pool));
            return null;
        })));
    }

    private static void insertPoolEntry(Handle h, ItemId id, TalentPoolMembership pool) {
        h.createUpdate("INSERT INTO talent_pool_entry (application_id, consent_text_version, consented_at, ends_at, "
                        + "withdrawal_token_hash) VALUES (:id, :version, :consentedAt, :endsAt, :withdrawal)")
                .bind("id", id.value())
                .bind("version", pool.consentTextVersion().value())
                .bind("consentedAt", pool.consentedAt())
                .bind("endsAt", pool.endsAt())
                .bind("withdrawal", pool.withdrawal().hex())
                .execute();
    }

    @Override
    public Optional<Application> find(ItemId id) {
        return one(" WHERE a.application_id = :value", id.value());
    }

    /**
     * One locking read of the row as stored now (with its talent-pool entry): under MySQL's REPEATABLE READ a plain
     * read after the lock would see the transaction's snapshot, which an earlier read may have taken before a
     * concurrent change committed.
     */
    @Override
    public Optional<Application> findForUpdate(ItemId id) {
        return db.inTransaction(() -> db.withHandle(h -> h.createQuery(SELECT + " WHERE a.application_id = :value "
                        + "FOR UPDATE")
                .bind("value", id.value())
                .map(APPLICATION)
                .findOne()));
    }

    @Override
    public Optional<Application> findByWithdrawal(TokenHash withdrawal) {
        return one(" WHERE a.withdrawal_token_hash = :value", withdrawal.hex());
    }

    @Override
    public Optional<Application> findByTalentPoolWithdrawal(TokenHash withdrawal) {
        return one(" WHERE t.withdrawal_token_hash = :value", withdrawal.hex());
    }

    private Optional<Application> one(String where, String value) {
        return db.withHandle(h -> h.createQuery(SELECT + where).bind("value", value).map(APPLICATION).findOne());
    }

    /**
     * The status, legal hold, erasure request, retention date and talent-pool consent; what the applicant sent stays
     * as it was.
     */
    @Override
    public Application update(Application changed) {
        return db.inTransaction(() -> db.withHandle(h -> {
            int written = h.createUpdate("UPDATE application SET status = :status, status_changed_at = :statusChangedAt, ended_at = :endedAt, "
                            + "hold_reason = :holdReason, hold_until = :holdUntil, hold_placed_at = :holdPlacedAt, "
                            + "erasure_requested_at = :erasureRequestedAt, erase_after = :eraseAfter, updated_at = :updatedAt, version = version + 1 "
                            + "WHERE application_id = :id AND version = :expected")
                    .bind("id", changed.id().value())
                    .bind("status", changed.status().wireName())
                    .bind("statusChangedAt", changed.statusChangedAt())
                    .bind("endedAt", changed.endedAt().orElse(null))
                    .bind("holdReason", changed.legalHold().map(hold -> hold.reason().value()).orElse(null))
                    .bind("holdUntil", changed.legalHold().map(LegalHold::until).orElse(null))
                    .bind("holdPlacedAt", changed.legalHold().map(LegalHold::placedAt).orElse(null))
                    .bind("erasureRequestedAt", changed.erasureRequestedAt().orElse(null))
                    .bind("eraseAfter", changed.eraseAfter())
                    .bind("updatedAt", changed.updatedAt())
                    .bind("expected", changed.version())
                    .execute();
            if (written != 1) {
                throw new StaleWriteException("application");
            }
            if (changed.talentPool().isEmpty()) {
                h.createUpdate("DELETE FROM talent_pool_entry WHERE application_id = :id")
                        .bind("id", changed.id().value())
                        .execute();
            }
            return find(changed.id()).orElseThrow(() -> new StaleWriteException("application"));
        }));
    }

    @Override
    public Page<Application> list(ApplicationFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        filter.jobReference().ifPresent(job -> where.append(" AND a.job_reference = :job"));
        filter.status().ifPresent(status -> where.append(" AND a.status = :status"));
        List<Application> rows = db.withHandle(h -> {
            Query query = NEWEST.bind(h.createQuery(SELECT + where + NEWEST.after(page) + NEWEST.orderAndLimit(page)),
                    page);
            filter.jobReference().ifPresent(job -> query.bind("job", job.value()));
            filter.status().ifPresent(status -> query.bind("status", status.wireName()));
            return query.map(APPLICATION).list();
        });
        return Page.of(rows, page.limit(), application -> Cursor.at(application.receivedAt(),
                application.id().value()));
    }

    @Override
    public Page<Application> talentPool(PageRequest page) {
        String joined = SELECT.replace("LEFT JOIN", "JOIN");
        List<Application> rows = db.withHandle(h -> LATEST_CONSENT.bind(h.createQuery(joined + " WHERE 1 = 1"
                        + LATEST_CONSENT.after(page) + LATEST_CONSENT.orderAndLimit(page)), page)
                .map(APPLICATION)
                .list());
        return Page.of(rows, page.limit(), application -> Cursor.at(
                application.talentPool().orElseThrow().consentedAt(), application.id().value()));
    }

    @Override
    public List<Application> findByEmail(EmailAddress email) {
        return db.withHandle(h -> h.createQuery(SELECT + " WHERE a.email_canonical = :canonical "
                        + "ORDER BY a.received_at, a.application_id")
                .bind("canonical", email.canonical())
                .map(APPLICATION)
                .list());
    }

    @Override
    public List<ItemId> dueForErasure(Instant now, int limit) {
        return ids("SELECT application_id FROM application WHERE erase_after <= :now ORDER BY erase_after LIMIT "
                + limit, now);
    }

    @Override
    public List<ItemId> talentPoolEndedBy(Instant now, int limit) {
        return ids("SELECT application_id FROM talent_pool_entry WHERE ends_at <= :now ORDER BY ends_at LIMIT "
                + limit, now);
    }

    private List<ItemId> ids(String sql, Instant now) {
        return db.withHandle(h -> h.createQuery(sql).bind("now", now).mapTo(String.class).list()).stream()
                .map(ItemId::new).toList();
    }

    @Override
    public void addNote(ApplicationNote note) {
        db.withHandle(h -> h.createUpdate("INSERT INTO application_note (note_id, application_id, note, author, "
                        + "created_at) VALUES (:id, :application, :note, :author, :createdAt)")
                .bind("id", note.id().value())
                .bind("application", note.applicationId().value())
                .bind("note", note.text().value())
                .bind("author", note.author())
                .bind("createdAt", note.createdAt())
                .execute());
    }

    @Override
    public List<ApplicationNote> notes(ItemId applicationId) {
        return db.withHandle(h -> h.createQuery("SELECT note_id, application_id, note, author, created_at "
                        + "FROM application_note WHERE application_id = :application ORDER BY created_at, note_id")
                .bind("application", applicationId.value())
                .map(NOTE)
                .list());
    }

    @Override
    public Optional<Erased> erase(ItemId id) {
        return db.inTransaction(() -> db.withHandle(h -> {
            int applications = h.createUpdate("DELETE FROM application WHERE application_id = :id")
                    .bind("id", id.value())
                    .execute();
            if (applications == 0) {
                return Optional.empty();
            }
            int notes = h.createUpdate("DELETE FROM application_note WHERE application_id = :id")
                    .bind("id", id.value())
                    .execute();
            int poolEntries = h.createUpdate("DELETE FROM talent_pool_entry WHERE application_id = :id")
                    .bind("id", id.value())
                    .execute();
            return Optional.of(new Erased(notes, poolEntries > 0));
        }));
    }
}
