package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.port.out.linkedin.LinkedInExport;
import io.cockpit.application.port.out.linkedin.ProfileRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.LinkedInPersonalData;
import io.cockpit.domain.linkedin.OwnProfile;
import io.cockpit.domain.linkedin.ProfileCard;
import io.cockpit.domain.linkedin.ProfileUrl;
import io.cockpit.domain.linkedin.Urn;
import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;

/** {@code linkedin_profile}: the user's own LinkedIn profile. */
public final class JdbiProfileRepository implements ProfileRepository {

    private static final String COLUMNS = "user_id, profile_urn, first_name, last_name, headline, job_position, "
            + "company, location, profile_url, modified_at, created_at, updated_at";

    private static final RowMapper<OwnProfile> PROFILE = (rs, ctx) -> new OwnProfile(
            new UserId(rs.getString("user_id")), new Urn(rs.getString("profile_urn")), card(rs),
            InstantColumns.read(rs, "modified_at"), InstantColumns.read(rs, "created_at"),
            InstantColumns.read(rs, "updated_at"));

    private final JdbiTransactions db;

    public JdbiProfileRepository(JdbiTransactions db) {
        this.db = db;
    }

    private static ProfileCard card(ResultSet rs) throws SQLException {
        String url = rs.getString("profile_url");
        return new ProfileCard(rs.getString("first_name"), rs.getString("last_name"),
                Optional.ofNullable(rs.getString("headline")), Optional.ofNullable(rs.getString("company")),
                Optional.ofNullable(rs.getString("job_position")), Optional.ofNullable(rs.getString("location")),
                Optional.ofNullable(url).map(ProfileUrl::parse));
    }

    @Override
    public Optional<OwnProfile> find(UserId user) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM linkedin_profile WHERE user_id = ?")
                .bind(0, user.value()).map(PROFILE).findOne());
    }

    @Override
    public void save(OwnProfile profile) {
        ProfileCard card = profile.card();
        Object[] fields = {profile.urn().value(), card.firstName(), card.lastName(), card.headline(),
                card.position(), card.company(), card.location(), card.profileUrl().map(ProfileUrl::url),
                profile.modifiedAt(), profile.updatedAt()};
        db.withHandle(h -> {
            var update = h.createUpdate("UPDATE linkedin_profile SET profile_urn = ?, first_name = ?, last_name = ?, "
                    + "headline = ?, job_position = ?, company = ?, location = ?, profile_url = ?, modified_at = ?, "
                    + "updated_at = ? WHERE user_id = ?");
            Sql.bind(update, Sql.bindAll(update, 0, fields), profile.userId().value());
            if (update.execute() == 0) {
                var insert = h.createUpdate("INSERT INTO linkedin_profile (profile_urn, first_name, last_name, "
                        + "headline, job_position, company, location, profile_url, modified_at, updated_at, user_id, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                Sql.bindAll(insert, Sql.bindAll(insert, 0, fields), profile.userId().value(), profile.createdAt());
                insert.execute();
            }
            return null;
        });
    }

    @Override
    public String category() {
        return LinkedInPersonalData.LINKEDIN_PROFILE.id();
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        find(user).map(LinkedInExport::profile).ifPresent(sink);
    }

    @Override
    public int erase(UserId user, int limit) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM linkedin_profile WHERE user_id = ?")
                .bind(0, user.value()).execute());
    }
}
