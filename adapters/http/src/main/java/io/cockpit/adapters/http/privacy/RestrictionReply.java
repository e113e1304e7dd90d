package io.cockpit.adapters.http.privacy;

import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.domain.privacy.ProcessingRestriction;

/** The restriction of processing as the contract shows it, to the user and to the operator acting for them. */
public final class RestrictionReply {

    private RestrictionReply() {
    }

    public static JsonReply of(ProcessingRestriction restriction) {
        return JsonReply.of(200, new io.cockpit.api.model.ProcessingRestriction(restriction.restricted(),
                restriction.since().map(Wire::utc).orElse(null)));
    }
}
