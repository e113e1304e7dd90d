package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.linkedin.LinkedInExport;
import io.cockpit.application.port.out.linkedin.ProfileRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.LinkedInPersonalData;
import io.cockpit.domain.linkedin.OwnProfile;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

public final class FakeProfileRepository implements ProfileRepository {

    private final FakeTable<OwnProfile> profiles;

    public FakeProfileRepository(FakeDatabase database) {
        this.profiles = database.table("linkedin_profile", OwnProfile::userId, List.of());
    }

    @Override
    public Optional<OwnProfile> find(UserId user) {
        return profiles.find(user);
    }

    @Override
    public void save(OwnProfile profile) {
        OwnProfile stored = new OwnProfile(profile.userId(), profile.urn(), profile.card(),
                StoredTime.of(profile.modifiedAt()), StoredTime.of(profile.createdAt()),
                StoredTime.of(profile.updatedAt()));
        if (profiles.update(profile.userId(), any -> true, old -> new OwnProfile(stored.userId(), stored.urn(),
                stored.card(), stored.modifiedAt(), old.createdAt(), stored.updatedAt())).isEmpty()) {
            profiles.insert(stored);
        }
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
        return profiles.delete(user, profile -> true).isPresent() ? 1 : 0;
    }
}
