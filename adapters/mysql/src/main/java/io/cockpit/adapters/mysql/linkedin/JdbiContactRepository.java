package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.linkedin.ContactOrder;
import io.cockpit.application.port.out.linkedin.ContactRepository;
import io.cockpit.application.port.out.linkedin.LabeledContact;
import io.cockpit.application.port.out.linkedin.LinkedInExport;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.Contact;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.linkedin.ContactNote;
import io.cockpit.domain.linkedin.ContactQuery;
import io.cockpit.domain.linkedin.ContactSort;
import io.cockpit.domain.label.LabelKind;
import io.cockpit.domain.linkedin.LabelIds;
import io.cockpit.domain.linkedin.LinkedInPersonalData;
import io.cockpit.domain.linkedin.ProfileCard;
import io.cockpit.domain.linkedin.ProfileUrl;
import io.cockpit.domain.linkedin.TextFold;
import io.cockpit.domain.linkedin.search.SearchText;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.shared.ItemId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code linkedin_contact} and {@code linkedin_contact_label}. Every read is one user's range of an index; the list
 * walks the index of its order ({@code (user_id, sort column, contact_id)}) and filters on the row, the lookup probes
 * the unique {@code (user_id, profile_path)}.
 */
public final class JdbiContactRepository implements ContactRepository {

    /** The length of {@code search_name} (V33). */
    private static final int SEARCH_NAME_COLUMN = 500;

    private static final List<String> COLUMNS = List.of("user_id", "contact_id", "profile_urn", "first_name",
            "last_name", "name_sort", "headline", "company", "company_fold", "job_position", "job_position_fold",
            "location", "location_fold", "profile_url", "profile_path", "connected_at", "modified_at",
            "first_outbound_at", "last_outbound_at", "last_inbound_at", "last_contact_at", "written_to", "replied",
            "note", "do_not_contact", "user_version", "created_at", "updated_at");
    private static final String SELECT = "SELECT " + String.join(", ", COLUMNS) + " FROM linkedin_contact";
    /** A contact's columns (as {@code c}) with each of its labels, a row per label or one without. */
    private static final String SELECT_LABELED = "SELECT "
            + COLUMNS.stream().map(column -> "c." + column).collect(Collectors.joining(", "))
            + ", l.label_id AS label_id_, l.kind AS label_kind_ FROM linkedin_contact c"
            + " LEFT JOIN linkedin_contact_label l ON l.user_id = c.user_id AND l.contact_id = c.contact_id";
    /** What is written: what is read and the folded text search looks in. */
    private static final List<String> WRITTEN = Stream.concat(COLUMNS.stream(), Stream.of("search_text", "search_tokens", "search_name"))
            .toList();
    private static final int EXPORT_BATCH = 500;
    /** Index entries a filtered list reads in its order before it reads the user's range instead. */
    static final int LIST_WINDOW = 500;

    private static final RowMapper<Contact> CONTACT = (rs, ctx) -> new Contact(
            new ItemId(rs.getString("contact_id")), new UserId(rs.getString("user_id")),
            new Urn(rs.getString("profile_urn")), card(rs), Sql.sortTime(rs, "connected_at"),
            InstantColumns.read(rs, "modified_at"),
            new ContactActivity(Sql.instant(rs, "first_outbound_at"), Sql.instant(rs, "last_outbound_at"),
                    Sql.instant(rs, "last_inbound_at")),
            Optional.ofNullable(rs.getString("note")).map(ContactNote::new), rs.getBoolean("do_not_contact"),
            rs.getLong("user_version"), InstantColumns.read(rs, "created_at"), InstantColumns.read(rs, "updated_at"));

    private final JdbiTransactions db;
    private final Labels labels;
    private final IndexHints hints = new IndexHints();
    private final int listWindow;

    public JdbiContactRepository(JdbiTransactions db) {
        this(db, LIST_WINDOW);
    }

    /** @param listWindow index entries a filtered list reads in order (tests take every path with a few rows) */
    JdbiContactRepository(JdbiTransactions db, int listWindow) {
        if (listWindow < 1) {
            throw new IllegalArgumentException("listWindow must be at least 1");
        }
        this.db = db;
        this.listWindow = listWindow;
        this.labels = new Labels(db, "linkedin_contact_label", "contact_id");
    }

    private static ProfileCard card(ResultSet rs) throws SQLException {
        String url = rs.getString("profile_url");
        return new ProfileCard(rs.getString("first_name"), rs.getString("last_name"),
                Optional.ofNullable(rs.getString("headline")), Optional.ofNullable(rs.getString("company")),
                Optional.ofNullable(rs.getString("job_position")), Optional.ofNullable(rs.getString("location")),
                url == null ? Optional.empty() : Optional.of(new ProfileUrl(url, rs.getString("profile_path"))));
    }

    /** Names, headline, company and position: what search finds a contact by. */
    static String searchText(ProfileCard card) {
        return SearchColumn.of(card.firstName(), card.lastName(), card.headline().orElse(null),
                card.company().orElse(null), card.position().orElse(null));
    }

    /** The name alone, folded the same way: search ranks name matches first. */
    static String searchName(ProfileCard card) {
        return SearchText.of(card.firstName(), card.lastName());
    }

    /** {@link #searchName} as {@code search_name} (V33) holds it. */
    private static String searchNameColumn(ProfileCard card) {
        return TextFold.cut(searchName(card), SEARCH_NAME_COLUMN);
    }

    /** A company, position or location as its {@code *_fold} column (V30) holds it. */
    private static String folded(String field) {
        return TextFold.fold(field, ProfileCard.MAX_FIELD);
    }

    private static Object[] row(Contact c) {
        ProfileCard card = c.card();
        ContactActivity activity = c.activity();
        return new Object[] {c.userId().value(), c.id().value(), c.urn().value(), card.firstName(), card.lastName(),
                card.nameSort(), card.headline(), card.company(), card.company().map(JdbiContactRepository::folded),
                card.position(), card.position().map(JdbiContactRepository::folded), card.location(),
                card.location().map(JdbiContactRepository::folded),
                card.profileUrl().map(ProfileUrl::url), card.profileUrl().map(ProfileUrl::path),
                ContactOrder.connectedKey(c), c.modifiedAt(), activity.firstOutboundAt(), activity.lastOutboundAt(),
                activity.lastInboundAt(), ContactOrder.lastContactKey(c), activity.writtenTo(), activity.replied(),
                c.note().map(ContactNote::text), c.doNotContact(), c.userVersion(), c.createdAt(), c.updatedAt(),
                searchText(card),
                SearchColumn.contactTokens(c.userId(), searchText(card), searchName(card)), searchNameColumn(card)};
    }

    @Override
    public Map<Urn, Contact> findByUrns(UserId user, Collection<Urn> urns) {
        Map<Urn, Contact> found = new HashMap<>();
        for (List<Urn> chunk : Sql.chunks(new HashSet<>(urns))) {
            db.withHandle(h -> {
                var query = h.createQuery(SELECT + hints.in(h, "ix_h2_linkedin_contact_urn")
                        + " WHERE user_id = ? AND profile_urn IN (" + Sql.marks(chunk.size()) + ")");
                Sql.bindAll(query, Sql.bindAll(query, 0, user.value()), chunk.stream().map(Urn::value).toArray());
                query.map(CONTACT).forEach(contact -> found.put(contact.urn(), contact));
                return null;
            });
        }
        return found;
    }

    @Override
    public Optional<Contact> find(UserId user, ItemId id) {
        return db.withHandle(h -> h.createQuery(SELECT + " WHERE user_id = ? AND contact_id = ?")
                .bind(0, user.value()).bind(1, id.value()).map(CONTACT).findOne());
    }

    @Override
    public Optional<LabeledContact> findByProfilePath(UserId user, String path) {
        // one statement for the browser extension's lookup: the contact's row once per label (or once without)
        List<Map.Entry<Contact, Optional<Map.Entry<String, String>>>> rows = db.withHandle(h -> h.createQuery(
                        SELECT_LABELED + " WHERE c.user_id = ? AND c.profile_path = ?")
                .bind(0, user.value()).bind(1, path)
                .map((rs, ctx) -> {
                    String label = rs.getString("label_id_");
                    String kind = rs.getString("label_kind_");
                    return Map.entry(CONTACT.map(rs, ctx), Optional.ofNullable(label).map(id -> Map.entry(id, kind)));
                })
                .list());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<ItemId> tags = new ArrayList<>();
        List<ItemId> categories = new ArrayList<>();
        rows.forEach(row -> row.getValue().ifPresent(label -> (LabelKind.valueOf(label.getValue()) == LabelKind.TAG
                ? tags : categories).add(new ItemId(label.getKey()))));
        return Optional.of(new LabeledContact(rows.getFirst().getKey(), new LabelIds(tags, categories)));
    }

    @Override
    public Map<String, Urn> holdersOfProfilePaths(UserId user, Collection<String> paths) {
        Map<String, Urn> found = new HashMap<>();
        for (List<String> chunk : Sql.chunks(new HashSet<>(paths))) {
            db.withHandle(h -> {
                var query = h.createQuery("SELECT profile_path, profile_urn FROM linkedin_contact"
                        + hints.in(h, "ix_h2_linkedin_contact_path") + " WHERE user_id = ? AND profile_path IN ("
                        + Sql.marks(chunk.size()) + ")");
                Sql.bindAll(query, Sql.bindAll(query, 0, user.value()), chunk.toArray());
                query.map((rs, ctx) -> Map.entry(rs.getString("profile_path"), new Urn(rs.getString("profile_urn"))))
                        .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
                return null;
            });
        }
        return found;
    }

    @Override
    public void insert(List<Contact> contacts) {
        Sql.uniqueAndRetried(() -> db.withHandle(h -> {
            Sql.insertRows(h, "linkedin_contact", WRITTEN, contacts, JdbiContactRepository::row);
            return null;
        }));
    }

    @Override
    public void updateProfiles(List<Contact> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        Sql.uniqueAndRetried(() -> db.withHandle(h -> {
            var batch = h.prepareBatch("UPDATE linkedin_contact SET first_name = ?, last_name = ?, name_sort = ?, "
                    + "headline = ?, company = ?, company_fold = ?, job_position = ?, job_position_fold = ?, "
                    + "location = ?, location_fold = ?, profile_url = ?, profile_path = ?, connected_at = ?, "
                    + "modified_at = ?, updated_at = ?, search_text = ?, search_tokens = ?, search_name = ? WHERE user_id = ? AND contact_id = ?");
            for (Contact c : contacts) {
                ProfileCard card = c.card();
                Sql.bindAll(batch, 0, card.firstName(), card.lastName(), card.nameSort(), card.headline(),
                        card.company(), card.company().map(JdbiContactRepository::folded), card.position(),
                        card.position().map(JdbiContactRepository::folded), card.location(),
                        card.location().map(JdbiContactRepository::folded),
                        card.profileUrl().map(ProfileUrl::url), card.profileUrl().map(ProfileUrl::path),
                        ContactOrder.connectedKey(c), c.modifiedAt(), c.updatedAt(), searchText(card),
                        SearchColumn.contactTokens(c.userId(), searchText(card), searchName(card)), searchNameColumn(card),
                        c.userId().value(),
                        c.id().value());
                batch.add();
            }
            return batch.execute();
        }));
    }

    @Override
    public void updateActivity(UserId user, Map<Urn, ContactActivity> activity) {
        if (activity.isEmpty()) {
            return;
        }
        Sql.conflictsRetried(() -> db.withHandle(h -> {
            var batch = h.prepareBatch("UPDATE linkedin_contact SET first_outbound_at = ?, last_outbound_at = ?, "
                    + "last_inbound_at = ?, last_contact_at = ?, written_to = ?, replied = ? "
                    + "WHERE user_id = ? AND profile_urn = ?");
            activity.forEach((urn, a) -> {
                Sql.bindAll(batch, 0, a.firstOutboundAt(), a.lastOutboundAt(), a.lastInboundAt(),
                        a.lastContactAt().orElse(Sql.NONE), a.writtenTo(), a.replied(), user.value(), urn.value());
                batch.add();
            });
            return batch.execute();
        }));
    }

    @Override
    public Contact updateByUser(Contact changed) {
        int updated = Sql.conflictsRetried(() -> db.withHandle(h -> {
            var update = h.createUpdate("UPDATE linkedin_contact SET note = ?, do_not_contact = ?, updated_at = ?, "
                    + "user_version = user_version + 1 WHERE user_id = ? AND contact_id = ? AND user_version = ?");
            Sql.bindAll(update, 0, changed.note().map(ContactNote::text), changed.doNotContact(), changed.updatedAt(),
                    changed.userId().value(), changed.id().value(), changed.userVersion());
            return update.execute();
        }));
        if (updated != 1) {
            throw new StaleWriteException("contact");
        }
        return new Contact(changed.id(), changed.userId(), changed.urn(), changed.card(), changed.connectedAt(),
                changed.modifiedAt(), changed.activity(), changed.note(), changed.doNotContact(),
                changed.userVersion() + 1, changed.createdAt(), changed.updatedAt());
    }

    @Override
    public boolean delete(UserId user, ItemId id) {
        return Sql.conflictsRetried(() -> db.inTransaction(() -> {
            labels.removeOwners(user, List.of(id.value()));
            return db.withHandle(h -> h.createUpdate("DELETE FROM linkedin_contact WHERE user_id = ? AND contact_id = ?")
                    .bind(0, user.value()).bind(1, id.value()).execute()) == 1;
        }));
    }

    @Override
    public Page<Contact> list(UserId user, ContactQuery query, PageRequest page) {
        StringBuilder sql = new StringBuilder(" WHERE c.user_id = ?");
        List<Object> values = new ArrayList<>(List.of(user.value()));
        query.tag().ifPresent(tag -> {
            sql.append(labels.filter("c.contact_id"));
            values.add(user.value());
            values.add(tag.value());
        });
        query.category().ifPresent(category -> {
            sql.append(labels.filter("c.contact_id"));
            values.add(user.value());
            values.add(category.value());
        });
        contains(sql, values, "c.company_fold", query.company());
        contains(sql, values, "c.job_position_fold", query.position());
        contains(sql, values, "c.location_fold", query.location());
        query.connectedSince().ifPresent(since -> when(sql, values, "c.connected_at >= ?", since));
        query.connectedUntil().ifPresent(until -> when(sql, values, "c.connected_at < ?", until));
        query.writtenTo().ifPresent(written -> condition(sql, values, "c.written_to = ?", written));
        query.replied().ifPresent(replied -> condition(sql, values, "c.replied = ?", replied));
        query.lastContactBefore().ifPresent(before -> when(sql, values, "c.last_contact_at < ?", before));
        query.lastContactAfter().ifPresent(after -> when(sql, values, "c.last_contact_at >= ?", after));
        query.doNotContact().ifPresent(dnc -> condition(sql, values, "c.do_not_contact = ?", dnc));

        ContactSort sort = query.sort();
        String column = switch (sort) {
            case NAME, NAME_DESCENDING -> "c.name_sort";
            case LAST_CONTACT, LAST_CONTACT_DESCENDING -> "c.last_contact_at";
            case CONNECTED, CONNECTED_DESCENDING -> "c.connected_at";
        };
        String op = sort.descending() ? "<" : ">";
        String direction = sort.descending() ? " DESC" : " ASC";
        StringBuilder after = new StringBuilder();
        List<Object> afterValues = new ArrayList<>();
        page.after().ifPresent(cursor -> {
            Object position = switch (sort) {
                case NAME, NAME_DESCENDING -> ContactOrder.namePosition(cursor);
                default -> ContactOrder.timePosition(cursor, sort);
            };
            after.append(" AND (").append(column).append(' ').append(op).append(" ? OR (").append(column)
                    .append(" = ? AND c.contact_id ").append(op).append(" ?))");
            afterValues.addAll(List.of(position, position, cursor.id()));
        });
        sql.append(after);
        values.addAll(afterValues);
        boolean rowFilter = query.company().isPresent() || query.position().isPresent()
                || query.location().isPresent() || query.writtenTo().isPresent() || query.replied().isPresent()
                || query.doNotContact().isPresent();
        List<Contact> rows = db.withHandle(h -> {
            // user_id first, though fixed: only then does H2 read the index in order instead of sorting the range;
            // MariaDB does the opposite (with a utf8mb4 connection it then sorts the user's whole range)
            String order = " ORDER BY " + (hints.isH2(h) ? "c.user_id" + direction + ", " : "") + column + direction
                    + ", c.contact_id" + direction;
            // H2 walks its index as fast as it reads its rows: the window only adds statements there
            if (!rowFilter || hints.isH2(h)) {
                return rows(h, SELECT + " c" + sql, values, order, page.limit() + 1);
            }
            // its two statements read one snapshot, so a contact whose sort key changes between them is not lost
            return h.inTransaction(tx -> windowed(tx, sql.toString(), values, after.toString(), afterValues, column,
                    sort, order, page));
        });
        return Page.of(rows, page.limit(), contact -> ContactOrder.cursorOf(contact, sort));
    }

    /**
     * A filter on the row (company, position, location, the flags) read through the order's index costs a row per
     * index entry, for every entry up to the page's last match: all of the user's contacts when few match. So the
     * first {@value #LIST_WINDOW} entries after the cursor are read that way (a common match fills the page there),
     * and the rest, when the page is not full, by reading the user's range in primary-key order and sorting the
     * matches (a tenth of the cost per row of the index walk, measured in docs/benchmarks.md). MySQL only.
     */
    private List<Contact> windowed(Handle h, String where, List<Object> values, String after, List<Object> afterValues,
                                   String column, ContactSort sort, String order, PageRequest page) {
        // the window's last entry, from the order's index alone (the user and the cursor, no filter)
        List<Object> boundValues = new ArrayList<>(List.of(values.getFirst()));
        boundValues.addAll(afterValues);
        var bound = h.createQuery("SELECT " + column + ", c.contact_id FROM linkedin_contact c WHERE c.user_id = ?"
                + after + order + " LIMIT 1 OFFSET " + (listWindow - 1));
        Sql.bindAll(bound, 0, boundValues.toArray());
        boolean byName = column.equals("c.name_sort");
        Optional<Object[]> last = bound.map((rs, ctx) -> new Object[] {
                byName ? rs.getString(1) : InstantColumns.read(rs, column.substring(2)), rs.getString(2)}).findOne();
        if (last.isEmpty()) {
            return rows(h, SELECT + " c" + where, values, order, page.limit() + 1);
        }
        boolean descending = sort.descending();
        List<Object> within = new ArrayList<>(values);
        within.add(last.get()[0]);
        within.add(last.get()[0]);
        within.add(last.get()[1]);
        String upTo = " AND (" + column + (descending ? " > ?" : " < ?") + " OR (" + column + " = ? AND c.contact_id"
                + (descending ? " >= ?" : " <= ?") + "))";
        List<Contact> found = new ArrayList<>(rows(h, SELECT + " c" + where + upTo, within, order, page.limit() + 1));
        if (found.size() > page.limit()) {
            return found;
        }
        String beyond = " AND (" + column + (descending ? " < ?" : " > ?") + " OR (" + column + " = ? AND c.contact_id"
                + (descending ? " < ?" : " > ?") + "))";
        found.addAll(rows(h, SELECT + " c FORCE INDEX (PRIMARY)" + where + beyond, within, order,
                page.limit() + 1 - found.size()));
        return found;
    }

    private static List<Contact> rows(Handle h, String select, List<Object> values, String order, int limit) {
        var query = h.createQuery(select + order + " LIMIT " + limit);
        Sql.bindAll(query, 0, values.toArray());
        return query.map(CONTACT).list();
    }

    private static void contains(StringBuilder sql, List<Object> values, String column, Optional<String> folded) {
        folded.ifPresent(text -> {
            sql.append(" AND ").append(column).append(" LIKE ? ESCAPE '!'");
            values.add("%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        });
    }

    /** A bound on a sort column that also leaves out "no time". */
    private static void when(StringBuilder sql, List<Object> values, String condition, Object value) {
        String column = condition.substring(0, condition.indexOf(' '));
        sql.append(" AND ").append(condition).append(" AND ").append(column).append(" <> ?");
        values.add(value);
        values.add(Sql.NONE);
    }

    private static void condition(StringBuilder sql, List<Object> values, String condition, Object value) {
        sql.append(" AND ").append(condition);
        values.add(value);
    }

    @Override
    public Map<ItemId, LabelIds> labelsOf(UserId user, Collection<ItemId> contacts) {
        return labels.of(user, contacts);
    }

    @Override
    public void setLabels(UserId user, ItemId contact, LabelIds newLabels) {
        Sql.conflictsRetried(() -> {
            labels.set(user, contact, newLabels);
            return null;
        });
    }

    @Override
    public void removeLabel(UserId user, ItemId label) {
        labels.remove(user, label);
    }

    @Override
    public String category() {
        return LinkedInPersonalData.LINKEDIN_CONTACTS.id();
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        String after = "";
        while (true) {
            String from = after;
            List<Contact> batch = db.withHandle(h -> h.createQuery(SELECT + " WHERE user_id = ? AND contact_id > ? "
                            + "ORDER BY contact_id LIMIT " + EXPORT_BATCH)
                    .bind(0, user.value()).bind(1, from).map(CONTACT).list());
            Map<ItemId, LabelIds> labelled = labels.of(user, batch.stream().map(Contact::id).toList());
            batch.forEach(c -> sink.accept(LinkedInExport.contact(c, labelled.getOrDefault(c.id(), LabelIds.NONE))));
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
            after = batch.getLast().id().value();
        }
    }

    @Override
    public int erase(UserId user, int limit) {
        return db.inTransaction(() -> db.withHandle(h -> eraseSome(h, user, limit)));
    }

    private int eraseSome(Handle h, UserId user, int limit) {
        List<String> ids = h.createQuery("SELECT contact_id FROM linkedin_contact WHERE user_id = ? "
                + "ORDER BY contact_id LIMIT " + limit).bind(0, user.value()).mapTo(String.class).list();
        if (ids.isEmpty()) {
            return labels.eraseAll(user);
        }
        labels.removeOwners(user, ids);
        return Erasing.deleteIn(h, "linkedin_contact", "contact_id", user, ids);
    }
}
