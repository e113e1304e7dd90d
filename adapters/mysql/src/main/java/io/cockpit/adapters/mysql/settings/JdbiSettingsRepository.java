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
import org.jdbi.v3.core.Handle;
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

    @Override
    public Optional<Versioned<UserSettings>> find(UserId userId) {
        return db.withHandle(h -> h.createQuery("SELECT language, time_zone, version FROM user_settings "
                        + "WHERE user_id = :userId")
                .bind("userId", userId.value())
                .map((rs, ctx) -> new Row(Language.fromCode(rs.getString("language")),
                        new TimeZoneName(rs.getString("time_zone")), rs.getLong("version")))
                .findOne()
                .map(row -> new Versioned<>(new UserSettings(row.language(), row.timeZone(), goals(h, userId),
                        defaultTemplates(h, userId)), row.version())));
    }

    private static DailyGoals goals(Handle h, UserId userId) {
        Map<StatisticsAction, Integer> targets = new EnumMap<>(StatisticsAction.class);
        h.createQuery("SELECT action, target FROM daily_goal WHERE user_id = :userId")
                .bind("userId", userId.value())
                .map((rs, ctx) -> Map.entry(StatisticsAction.fromWireName(rs.getString("action")), rs.getInt("target")))
                .forEach(entry -> targets.put(entry.getKey(), entry.getValue()));
        return new DailyGoals(targets);
    }

    private static DefaultTemplates defaultTemplates(Handle h, UserId userId) {
        Map<Reason, ItemId> templates = new EnumMap<>(Reason.class);
        h.createQuery("SELECT reason, template_id FROM default_template WHERE user_id = :userId")
                .bind("userId", userId.value())
                .map((rs, ctx) -> Map.entry(Reason.fromWireName(rs.getString("reason")),
                        new ItemId(rs.getString("template_id"))))
                .forEach(entry -> templates.put(entry.getKey(), entry.getValue()));
        return new DefaultTemplates(templates);
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
