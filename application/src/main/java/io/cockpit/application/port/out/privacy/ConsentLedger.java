package io.cockpit.application.port.out.privacy;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.ConsentEvent;

/** Every grant and withdrawal of consent. Append-only: there is no way here to change or remove an entry. */
public interface ConsentLedger {

    void append(ConsentEvent event);

    /** The user's events, newest first. */
    Page<ConsentEvent> list(UserId userId, PageRequest page);
}
