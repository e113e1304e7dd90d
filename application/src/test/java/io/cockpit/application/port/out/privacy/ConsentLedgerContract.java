package io.cockpit.application.port.out.privacy;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.ConsentDecision;
import io.cockpit.domain.privacy.ConsentEvent;
import io.cockpit.domain.privacy.ConsentPurpose;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class ConsentLedgerContract implements PersonalDataStoreCases {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    protected abstract ConsentLedger ledger();

    @Test
    void listsTheUsersEventsNewestFirstInPages() {
        UserId user = AccountMother.anAccount().build().userId();
        List<ConsentEvent> appended = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ConsentEvent event = new ConsentEvent(user, ConsentPurpose.STATISTICS,
                    i % 2 == 0 ? ConsentDecision.GRANTED : ConsentDecision.WITHDRAWN, T0.plusSeconds(i / 2),
                    "2026-11", "self-service");
            ledger().append(event);
            appended.add(event);
        }
        ledger().append(new ConsentEvent(AccountMother.anAccount().build().userId(), ConsentPurpose.STATISTICS,
                ConsentDecision.GRANTED, T0, "2026-11", "self-service"));

        Page<ConsentEvent> first = ledger().list(user, PageRequest.first(3));
        Page<ConsentEvent> second = ledger().list(user, new PageRequest(3, first.next()));

        assertThat(first.items()).containsExactly(appended.get(4), appended.get(3), appended.get(2));
        assertThat(second.items()).containsExactly(appended.get(1), appended.get(0));
        assertThat(second.next()).isEmpty();
    }

    @Test
    void thePortOffersNoWayToChangeOrRemoveAnEntryButTheErasureOfAllOfAUsers() {
        assertThat(Arrays.stream(ConsentLedger.class.getMethods()).map(Method::getName))
                .containsExactlyInAnyOrder("append", "list", "exported", "category", "export", "erase");
    }

    @Override
    public PersonalDataStore personalData() {
        return ledger();
    }

    @Override
    public int giveData(UserId user) {
        for (int i = 0; i < 5; i++) {
            ledger().append(new ConsentEvent(user, i % 2 == 0 ? ConsentPurpose.STATISTICS
                    : ConsentPurpose.ANALYTICS_IDENTIFICATION, i < 2 ? ConsentDecision.GRANTED
                    : ConsentDecision.WITHDRAWN, T0.plusSeconds(i / 2), "2026-11", "self-service"));
        }
        return 5;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return !ledger().list(user, PageRequest.first(1)).items().isEmpty();
    }

    @Override
    public List<String> exportedFields() {
        return List.of("purpose", "decision", "at", "policyVersion", "source");
    }

    @Test
    void theExportListsTheEntriesOldestFirst() {
        UserId user = AccountMother.anAccount().build().userId();
        giveData(user);

        List<ExportedItem> items = new ArrayList<>();
        ledger().export(user, items::add);

        assertThat(items).extracting(item -> item.fields().get("at")).containsExactly(T0, T0, T0.plusSeconds(1),
                T0.plusSeconds(1), T0.plusSeconds(2));
        assertThat(items).extracting(item -> item.fields().get("purpose")).containsExactly("statistics",
                "analytics_identification", "statistics", "analytics_identification", "statistics");
    }
}
