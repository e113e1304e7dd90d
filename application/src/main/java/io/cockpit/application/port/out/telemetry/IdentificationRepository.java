package io.cockpit.application.port.out.telemetry;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.telemetry.Identification;
import io.cockpit.domain.telemetry.TelemetryPersonalData;

import java.util.function.Consumer;

/**
 * The record of every identification of a Tracking-ID by the operator; also the register's store of the category
 * {@code identifications}. Export: {@code identificationId, trackingId, reason, operator, identifiedAt}, newest first;
 * never the note, which stays with the operator as it can name others (Art. 15(4) GDPR). Erasure deletes the rows.
 */
public interface IdentificationRepository extends PersonalDataStore {

    /** Export reads in pages of this size. */
    int EXPORT_BATCH = 100;

    void add(Identification identification);

    /** The user's identifications, newest first. */
    Page<Identification> list(UserId userId, PageRequest page);

    @Override
    default String category() {
        return TelemetryPersonalData.IDENTIFICATIONS.id();
    }

    @Override
    default void export(UserId user, Consumer<ExportedItem> sink) {
        PageRequest page = PageRequest.first(EXPORT_BATCH);
        while (true) {
            Page<Identification> batch = list(user, page);
            batch.items().forEach(item -> sink.accept(exported(item)));
            if (batch.next().isEmpty()) {
                return;
            }
            page = new PageRequest(EXPORT_BATCH, batch.next());
        }
    }

    /** An identification as the export shows it. */
    static ExportedItem exported(Identification identification) {
        return ExportedItem.builder()
                .field("identificationId", identification.id().value())
                .field("trackingId", identification.trackingId().value())
                .field("reason", identification.reason().wireName())
                .field("operator", identification.operator())
                .field("identifiedAt", identification.identifiedAt())
                .build();
    }
}
