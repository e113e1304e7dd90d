package io.cockpit.application.port.in.privacy;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.ProcessingRestriction;
import io.cockpit.domain.privacy.RestrictionChange;

/**
 * The restriction of processing (Art. 18 GDPR): set and lifted by the user (or on the user's request), each change
 * recorded. Setting it twice or lifting it when there is none changes nothing and records nothing.
 */
public interface RestrictionUseCase {

    ProcessingRestriction restriction(UserId userId);

    /** @param source where the decision was made (e.g. {@code self-service}) */
    ProcessingRestriction restrict(UserId userId, String source);

    ProcessingRestriction lift(UserId userId, String source);

    /** Every time it was set or lifted, newest first. */
    Page<RestrictionChange> changes(UserId userId, PageRequest page);
}
