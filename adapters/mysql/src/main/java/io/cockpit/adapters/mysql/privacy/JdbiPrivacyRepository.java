package io.cockpit.adapters.mysql.privacy;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.Versions;
import io.cockpit.application.port.out.privacy.PrivacyRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.PrivacySwitches;
import io.cockpit.domain.shared.Versioned;
import org.jdbi.v3.core.statement.Update;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

public final class JdbiPrivacyRepository implements PrivacyRepository {

    private final JdbiTransactions db;

    public JdbiPrivacyRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public Optional<Versioned<PrivacySwitches>> find(UserId userId) {
        return db.withHandle(h -> h.createQuery("SELECT error_reporting, statistics, analytics_identification, "
                        + "product_analytics, recommendations, version FROM privacy_settings WHERE user_id = :userId")
                .bind("userId", userId.value())
                .map((rs, ctx) -> new Versioned<>(new PrivacySwitches(rs.getBoolean("error_reporting"),
                        rs.getBoolean("statistics"), rs.getBoolean("analytics_identification"),
                        rs.getBoolean("product_analytics"), rs.getBoolean("recommendations")), rs.getLong("version")))
                .findOne());
    }

    @Override
    public long save(UserId userId, PrivacySwitches switches, long expectedVersion, Instant savedAt) {
        db.withHandle(h -> {
            Update row = (expectedVersion == 0
                    ? h.createUpdate("INSERT INTO privacy_settings (user_id, error_reporting, statistics, "
                            + "analytics_identification, product_analytics, recommendations, version, updated_at) "
                            + "VALUES (:userId, :errors, :statistics, :analytics, :productAnalytics, :recommendations, "
                            + "1, :now)")
                    : h.createUpdate("UPDATE privacy_settings SET error_reporting = :errors, statistics = :statistics, "
                            + "analytics_identification = :analytics, product_analytics = :productAnalytics, "
                            + "recommendations = :recommendations, version = version + 1, updated_at = :now "
                            + "WHERE user_id = :userId AND version = :expected")
                            .bind("expected", expectedVersion))
                    .bind("userId", userId.value())
                    .bind("errors", switches.errorReporting())
                    .bind("statistics", switches.statistics())
                    .bind("analytics", switches.analyticsIdentification())
                    .bind("productAnalytics", switches.productAnalytics())
                    .bind("recommendations", switches.recommendations())
                    .bind("now", savedAt);
            Versions.write(row, expectedVersion, "privacy switches");
            return null;
        });
        return expectedVersion + 1;
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        db.withHandle(h -> h.createQuery("SELECT error_reporting, statistics, analytics_identification, "
                        + "product_analytics, recommendations, updated_at FROM privacy_settings WHERE user_id = :userId")
                .bind("userId", user.value())
                .map((rs, ctx) -> PrivacyRepository.exported(new PrivacySwitches(rs.getBoolean("error_reporting"),
                        rs.getBoolean("statistics"), rs.getBoolean("analytics_identification"),
                        rs.getBoolean("product_analytics"), rs.getBoolean("recommendations")),
                        InstantColumns.read(rs, "updated_at")))
                .findOne())
                .ifPresent(sink);
    }

    @Override
    public int erase(UserId user, int limit) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM privacy_settings WHERE user_id = :userId")
                .bind("userId", user.value())
                .execute());
    }
}
