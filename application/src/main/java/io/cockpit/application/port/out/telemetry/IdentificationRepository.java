package io.cockpit.application.port.out.telemetry;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.telemetry.Identification;

/** The record of every identification of a Tracking-ID by the operator. */
public interface IdentificationRepository {

    void add(Identification identification);

    /** The user's identifications, newest first. */
    Page<Identification> list(UserId userId, PageRequest page);
}
