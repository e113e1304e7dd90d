package io.cockpit.application.port.in.linkedin;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.Suppression;
import io.cockpit.domain.shared.ItemId;

/** The contacts the user deleted, shown only as when and a masked URL; lifting one lets a sync bring them back. */
public interface SuppressionsUseCase {

    Page<Suppression> list(UserId user, PageRequest page);

    void lift(UserId user, ItemId id);
}
