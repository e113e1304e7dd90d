package io.cockpit.application.port.out.telemetry;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.domain.account.TrackingId;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.RequestNote;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.telemetry.Identification;
import io.cockpit.domain.telemetry.IdentificationReason;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs against an empty store; also the export and erasure cases of the register's store of identifications. */
public abstract class IdentificationRepositoryContract implements PersonalDataStoreCases {

    private static final UserId JANA = new UserId("01937f4c-8a2b-7c3d-9e4f-5a6b7c8d9e0f");
    private static final UserId OLAF = new UserId("01937f4c-8a2b-7c3d-9e4f-5a6b7c8d9e10");
    private static final String NOTE = "Complaint of 2 December: spam via the app.";
    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00.001Z");

    protected abstract IdentificationRepository identifications();

    private static Identification identification(UserId user, Instant at, IdentificationReason reason) {
        return new Identification(ItemId.random(), user, new TrackingId("amber-falcon"), reason,
                reason.pressingInterest() ? Optional.of(new RequestNote(NOTE))
                        : Optional.empty(), "olivia", at);
    }

    @Test
    void listsAUsersIdentificationsNewestFirstAndOnlyTheirs() {
        Identification first = identification(JANA, T0, IdentificationReason.CONSENT);
        Identification second = identification(JANA, T0.plusSeconds(60), IdentificationReason.LEGAL_CLAIM);
        identifications().add(first);
        identifications().add(second);
        identifications().add(identification(OLAF, T0, IdentificationReason.SUSPECTED_ABUSE));

        Page<Identification> page = identifications().list(JANA, PageRequest.first(10));

        assertThat(page.items()).containsExactly(second, first);
        assertThat(page.next()).isEmpty();
    }

    @Test
    void pagesThroughThemWithoutGapsOrRepeats() {
        List<Identification> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Identification item = identification(JANA, T0.plusSeconds(i / 2), IdentificationReason.CONSENT);
            identifications().add(item);
            added.add(0, item);
        }
        List<Identification> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        while (true) {
            Page<Identification> page = identifications().list(JANA, request);
            seen.addAll(page.items());
            if (page.next().isEmpty()) {
                break;
            }
            request = new PageRequest(2, page.next());
        }

        assertThat(seen).containsExactlyInAnyOrderElementsOf(added).hasSize(5);
    }

    @Test
    void exportsMoreThanOneReadBatchNewestFirstAndErasesInBatches() {
        for (int i = 0; i < IdentificationRepository.EXPORT_BATCH + 30; i++) {
            identifications().add(identification(JANA, T0.plusMillis(i), IdentificationReason.CONSENT));
        }
        identifications().add(identification(OLAF, T0, IdentificationReason.CONSENT));
        List<ExportedItem> exported = new ArrayList<>();

        identifications().export(JANA, exported::add);

        assertThat(identifications().category()).isEqualTo("identifications");
        assertThat(exported).hasSize(IdentificationRepository.EXPORT_BATCH + 30);
        assertThat(exported.getFirst().fields().get("identifiedAt"))
                .isEqualTo(T0.plusMillis(IdentificationRepository.EXPORT_BATCH + 29));
        assertThat(exported.getLast().fields().get("identifiedAt")).isEqualTo(T0);
        assertThat(identifications().erase(JANA, 100)).isEqualTo(100);
        assertThat(identifications().erase(JANA, 100)).isEqualTo(30);
        assertThat(identifications().erase(JANA, 100)).isZero();
        assertThat(identifications().list(JANA, PageRequest.first(10)).items()).isEmpty();
        assertThat(identifications().list(OLAF, PageRequest.first(10)).items()).hasSize(1);
    }

    @Override
    public PersonalDataStore personalData() {
        return identifications();
    }

    /** One identification with the user's consent, one for a legal claim with its note. */
    @Override
    public int giveData(UserId user) {
        identifications().add(identification(user, T0, IdentificationReason.CONSENT));
        identifications().add(identification(user, T0.plusSeconds(1), IdentificationReason.LEGAL_CLAIM));
        return 2;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return !identifications().list(user, PageRequest.first(1)).items().isEmpty();
    }

    @Override
    public List<String> exportedFields() {
        return List.of("identificationId", "trackingId", "reason", "operator", "identifiedAt");
    }

    /** The note stays with the operator: it can name others. */
    @Override
    public List<String> neverExported() {
        return List.of(NOTE);
    }
}
