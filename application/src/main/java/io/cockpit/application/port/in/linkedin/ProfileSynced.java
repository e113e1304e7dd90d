package io.cockpit.application.port.in.linkedin;

import io.cockpit.domain.linkedin.ItemOutcome;
import io.cockpit.domain.linkedin.OwnProfile;

/** What a profile sync did (created, updated or unchanged) and the profile as stored now. */
public record ProfileSynced(ItemOutcome.Result result, OwnProfile profile) {
}
