package io.cockpit.application.port.in.telemetry;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.telemetry.Identification;

/** The user's view of every identification of their Tracking-ID: when, why, which operator key. */
public interface MyIdentificationsQuery {

    Page<Identification> identifications(UserId user, PageRequest page);
}
