package io.cockpit.application.port.in.linkedin;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.ItemId;

/** Tags and categories sit on contacts and conversations; when the user deletes one, it leaves them all. */
public interface LabelAssignmentsUseCase {

    void labelDeleted(UserId user, ItemId label);
}
