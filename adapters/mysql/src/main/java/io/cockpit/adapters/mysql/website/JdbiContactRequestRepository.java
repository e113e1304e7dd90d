package io.cockpit.adapters.mysql.website;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.KeysetPage;
import io.cockpit.adapters.mysql.UniqueKeys;
import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.application.port.out.website.ContactRequestRepository;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.CompanyName;
import io.cockpit.domain.website.ContactRequest;
import io.cockpit.domain.website.FormMessage;
import io.cockpit.domain.website.PageUrl;
import io.cockpit.domain.website.PhoneNumber;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class JdbiContactRequestRepository implements ContactRequestRepository {

    private static final String COLUMNS = "request_id, name, email, phone, company, message, page_url, received_at, "
            + "withdrawal_token_hash";
    private static final KeysetPage ORDER = KeysetPage.byTimeAscending("received_at", "request_id");

    private static final RowMapper<ContactRequest> REQUEST = (rs, ctx) -> new ContactRequest(
            new ItemId(rs.getString("request_id")),
            new PersonName(rs.getString("name")),
            new EmailAddress(rs.getString("email")),
            Optional.ofNullable(rs.getString("phone")).map(PhoneNumber::new),
            Optional.ofNullable(rs.getString("company")).map(CompanyName::new),
            new FormMessage(rs.getString("message")),
            new PageUrl(rs.getString("page_url")),
            InstantColumns.read(rs, "received_at"),
            new TokenHash(rs.getString("withdrawal_token_hash")));

    private final JdbiTransactions db;

    public JdbiContactRequestRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(ContactRequest request) {
        UniqueKeys.translate(Map.of("uq_contact_request_withdrawal", UniquenessViolation.Rule.IDENTIFIER), () ->
                db.withHandle(h -> h.createUpdate("INSERT INTO contact_request (" + COLUMNS + ", email_canonical) "
                                + "VALUES (:id, :name, :email, :phone, :company, :message, :pageUrl, :receivedAt, "
                                + ":withdrawal, :canonical)")
                        .bind("id", request.id().value())
                        .bind("name", request.name().value())
                        .bind("email", request.email().value())
                        .bind("canonical", request.email().canonical())
                        .bind("phone", request.phone().map(PhoneNumber::value).orElse(null))
                        .bind("company", request.company().map(CompanyName::value).orElse(null))
                        .bind("message", request.message().value())
                        .bind("pageUrl", request.pageUrl().value())
                        .bind("receivedAt", request.receivedAt())
                        .bind("withdrawal", request.withdrawal().hex())
                        .execute()));
    }

    @Override
    public Optional<ContactRequest> find(ItemId id) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM contact_request WHERE request_id = :id")
                .bind("id", id.value())
                .map(REQUEST)
                .findOne());
    }

    @Override
    public Optional<ContactRequest> findByWithdrawal(TokenHash withdrawal) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM contact_request "
                        + "WHERE withdrawal_token_hash = :hash")
                .bind("hash", withdrawal.hex())
                .map(REQUEST)
                .findOne());
    }

    @Override
    public boolean delete(ItemId id) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM contact_request WHERE request_id = :id")
                .bind("id", id.value())
                .execute()) == 1;
    }

    @Override
    public Page<ContactRequest> list(PageRequest page) {
        List<ContactRequest> rows = db.withHandle(h -> ORDER.bind(h.createQuery("SELECT " + COLUMNS
                        + " FROM contact_request WHERE 1 = 1" + ORDER.after(page) + ORDER.orderAndLimit(page)), page)
                .map(REQUEST)
                .list());
        return Page.of(rows, page.limit(), request -> Cursor.at(request.receivedAt(), request.id().value()));
    }

    @Override
    public List<ContactRequest> findByEmail(EmailAddress email) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM contact_request "
                        + "WHERE email_canonical = :canonical ORDER BY received_at, request_id")
                .bind("canonical", email.canonical())
                .map(REQUEST)
                .list());
    }
}
