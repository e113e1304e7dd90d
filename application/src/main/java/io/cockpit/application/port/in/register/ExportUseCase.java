package io.cockpit.application.port.in.register;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.ItemId;

/** Access and portability (Art. 15, 20 GDPR): everything the register lists for a user, with the data itself. */
public interface ExportUseCase {

    /** An export checked and ready to be written: nothing is read before {@link #writeTo}. */
    interface PreparedExport {

        /** The id this export is known by (linked to a data-subject request when run for one). */
        ItemId exportId();

        void writeTo(ExportWriter writer);
    }

    /** @throws io.cockpit.domain.shared.DomainException {@code account.not_found} if the account is gone or being erased */
    PreparedExport exportOf(UserId user);
}
