package io.cockpit.application.port.out.linkedin;

import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.OwnProfile;

import java.util.Optional;

/** The user's own LinkedIn profile, one per user. */
public interface ProfileRepository extends PersonalDataStore {

    Optional<OwnProfile> find(UserId user);

    /** Inserts the profile, or replaces the user's stored one. */
    void save(OwnProfile profile);
}
