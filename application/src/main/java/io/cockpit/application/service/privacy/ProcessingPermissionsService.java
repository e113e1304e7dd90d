package io.cockpit.application.service.privacy;

import io.cockpit.application.port.in.privacy.ProcessingPermissionsQuery;
import io.cockpit.application.port.out.privacy.PrivacyRepository;
import io.cockpit.application.port.out.privacy.RestrictionRepository;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.PrivacySwitches;
import io.cockpit.domain.privacy.ProcessingPermissions;
import io.cockpit.domain.shared.Versioned;

/** The user's switches and restriction, read together for the capabilities that must obey them. */
public final class ProcessingPermissionsService implements ProcessingPermissionsQuery {

    private final PrivacyRepository switches;
    private final RestrictionRepository restrictions;

    public ProcessingPermissionsService(PrivacyRepository switches, RestrictionRepository restrictions) {
        this.switches = switches;
        this.restrictions = restrictions;
    }

    @Override
    public ProcessingPermissions permissions(UserId userId) {
        PrivacySwitches current = switches.find(userId).map(Versioned::value).orElse(PrivacySwitches.DEFAULT);
        return new ProcessingPermissions(current, restrictions.find(userId).restricted());
    }
}
