package io.cockpit.adapters.mysql.settings;

import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.Versions;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.settings.SettingsRepository;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.recommendation.Reason;
import io.cockpit.domain.settings.DailyGoals;
import io.cockpit.domain.settings.DefaultTemplates;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.settings.TimeZoneName;
import io.cockpit.domain.settings.UserSettings;
import io.cockpit.domain.shared.Language;
import io.cockpit.domain.shared.Versioned;
import org.jdbi.v3.core.statement.Update;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

public final class JdbiSettingsRepository implements SettingsRepository {

    private final JdbiTransactions db;

    public JdbiSettingsRepository(JdbiTransactions db) {
        this.db = db;
    }

    private record Row(Language language, TimeZoneName timeZone, long version) {
    }

    /**
     * The settings row, its daily goals and its default templates in one statement (one round trip: every statistics
     * read and every {@code GET /v1/me/settings} asks for them), rows told apart by {@code part}.
     */
    private static final String FIND = "SELECT 0 AS part, language AS k, time_zone AS v, version AS n "
            + "FROM user_settings WHERE user_id = :userId "
            + "UNION ALL SELECT 1, action, NULL, target FROM daily_goal WHERE user_id = :userId "
            + "UNION ALL SELECT 2, reason, template_id, 0 FROM default_template WHERE user_id = :userId";

    @Override
    public Optional<Versioned<UserSettings>> find(UserId userId) {
        return db.withHandle(h -> {
            Map<StatisticsAction, Integer> targets = new EnumMap<>(StatisticsAction.class);
            Map<Reason, ItemId> templates = new EnumMap<>(Reason.class);
            Optional<Row> found = h.createQuery(FIND)
                    .bind("userId", userId.value())
                    .reduceResultSet(Optional.<Row>empty(), (row, rs, ctx) -> {
                        switch (rs.getInt("part")) {
                            case 0 -> {
                                return Optional.of(new Row(Language.fromCode(rs.getString("k")),
                                        new TimeZoneName(rs.getString("v")), rs.getLong("n")));
                            }
                            case 1 -> targets.put(StatisticsAction.fromWireName(rs.getString("k")), rs.getInt("n"));
                            default -> templates.put(Reason.fromWireName(rs.getString("k")),
                                    new ItemId(rs.getString("v")));
                        }
                        return row;
                    });
            return found.map(row -> new Versioned<>(new UserSettings(row.language(), row.timeZone(),
                    new DailyGoals(targets), new DefaultTemplates(templates)), row.version()));
        });
    }

    @Override
    public long save(UserId userId, UserSettings settings, long expectedVersion, Instant savedAt) {
        return db.inTransaction(() -> db.withHandle(h -> {
            Update row = (expectedVersion == 0
                    ? h.createUpdate("INSERT INTO user_settings (user_id, language, time_zone, version, updated_at) "
                            + "VALUES (:userId, :language, :timeZone, 1, :now)")
                    : h.createUpdate("UPDATE user_settings SET language = :language, time_zone = :timeZone, "
                            + "version = version + 1, updated_at = :now WHERE user_id = :userId AND version = :expected")
                            .bind("expected", expectedVersion))
                    .bind("userId", userId.value())
                    .bind("language", settings.language().code())
                    .bind("timeZone", settings.timeZone().value())
                    .bind("now", savedAt);
            Versions.write(row, expectedVersion, "settings");
            h.createUpdate("DELETE FROM daily_goal WHERE user_id = :userId").bind("userId", userId.value()).execute();
            var insert = h.prepareBatch("INSERT INTO daily_goal (user_id, action, target) VALUES (:userId, :action, :target)");
            settings.dailyGoals().targets().forEach((action, target) -> {
                if (target > 0) {
                    insert.bind("userId", userId.value()).bind("action", action.wireName()).bind("target", target).add();
                }
            });
            if (insert.size() > 0) {
                insert.execute();
            }
            h.createUpdate("DELETE FROM default_template WHERE user_id = :userId").bind("userId", userId.value())
                    .execute();
            var templates = h.prepareBatch("INSERT INTO default_template (user_id, reason, template_id) "
                    + "VALUES (:userId, :reason, :templateId)");
            settings.defaultTemplates().byReason().forEach((reason, template) -> templates
                    .bind("userId", userId.value()).bind("reason", reason.wireName())
                    .bind("templateId", template.value()).add());
            if (templates.size() > 0) {
                templates.execute();
            }
            return expectedVersion + 1;
        }));
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        find(user).ifPresent(saved -> SettingsRepository.exported(saved.value()).forEach(sink));
    }

    /** The settings row with its daily goals, as one item. */
    @Override
    public int erase(UserId user, int limit) {
        return db.inTransaction(() -> db.withHandle(h -> {
            h.createUpdate("DELETE FROM daily_goal WHERE user_id = :userId").bind("userId", user.value()).execute();
            h.createUpdate("DELETE FROM default_template WHERE user_id = :userId").bind("userId", user.value())
                    .execute();
            return h.createUpdate("DELETE FROM user_settings WHERE user_id = :userId")
                    .bind("userId", user.value())
                    .execute();
        }));
    }
}
