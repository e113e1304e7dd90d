package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.UniqueKeys;
import io.cockpit.application.port.out.linkedin.LinkedInExport;
import io.cockpit.application.port.out.linkedin.SyncStateRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.LinkedInPersonalData;
import io.cockpit.domain.linkedin.SyncKind;
import io.cockpit.domain.linkedin.SyncState;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** {@code linkedin_sync_state}: one row per user, locked by every write of the user's LinkedIn data. */
public final class JdbiSyncStateRepository implements SyncStateRepository {

    private static final String COLUMNS = "user_id, profile_synced_at, profile_last_item_at, contacts_synced_at, "
            + "contacts_last_item_at, conversations_synced_at, conversations_last_item_at, messages_synced_at, "
            + "messages_last_item_at";

    private static final RowMapper<SyncState> STATE = (rs, ctx) -> {
        Map<SyncKind, SyncState.KindState> kinds = new EnumMap<>(SyncKind.class);
        for (SyncKind kind : SyncKind.values()) {
            String prefix = prefix(kind);
            kinds.put(kind, new SyncState.KindState(Sql.instant(rs, prefix + "_synced_at"),
                    Sql.instant(rs, prefix + "_last_item_at")));
        }
        return new SyncState(new UserId(rs.getString("user_id")), kinds);
    };

    private final JdbiTransactions db;

    public JdbiSyncStateRepository(JdbiTransactions db) {
        this.db = db;
    }

    private static String prefix(SyncKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void ensure(UserId user) {
        if (find(user).isPresent()) {
            return;
        }
        try {
            UniqueKeys.translate(Map.of(), () -> db.withHandle(h -> h.createUpdate(
                    "INSERT INTO linkedin_sync_state (user_id) VALUES (?)").bind(0, user.value()).execute()));
        } catch (UniquenessViolation createdMeanwhile) {
            // another request of the user created it first: exactly what was wanted
        }
    }

    @Override
    public Optional<SyncState> lock(UserId user) {
        return Sql.conflictsRetried(() -> db.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM linkedin_sync_state WHERE user_id = ? FOR UPDATE")
                .bind(0, user.value()).map(STATE).findOne()));
    }

    @Override
    public Optional<SyncState> find(UserId user) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM linkedin_sync_state WHERE user_id = ?")
                .bind(0, user.value()).map(STATE).findOne());
    }

    @Override
    public void save(SyncState state) {
        Object[] values = new Object[SyncKind.values().length * 2 + 1];
        int i = 0;
        StringBuilder set = new StringBuilder();
        for (SyncKind kind : SyncKind.values()) {
            set.append(set.isEmpty() ? "" : ", ").append(prefix(kind)).append("_synced_at = ?, ")
                    .append(prefix(kind)).append("_last_item_at = ?");
            values[i++] = state.of(kind).syncedAt();
            values[i++] = state.of(kind).lastItemAt();
        }
        values[i] = state.userId().value();
        db.withHandle(h -> {
            var update = h.createUpdate("UPDATE linkedin_sync_state SET " + set + " WHERE user_id = ?");
            Sql.bindAll(update, 0, values);
            return update.execute();
        });
    }

    @Override
    public String category() {
        return LinkedInPersonalData.LINKEDIN_PROFILE.id();
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        find(user).map(LinkedInExport::syncState).ifPresent(sink);
    }

    @Override
    public int erase(UserId user, int limit) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM linkedin_sync_state WHERE user_id = ?")
                .bind(0, user.value()).execute());
    }
}
