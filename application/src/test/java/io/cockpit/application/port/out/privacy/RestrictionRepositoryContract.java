package io.cockpit.application.port.out.privacy;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.ProcessingRestriction;
import io.cockpit.domain.privacy.RestrictionChange;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

public abstract class RestrictionRepositoryContract implements PersonalDataStoreCases {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00.123Z");

    protected abstract RestrictionRepository restrictions();

    private static UserId aUser() {
        return AccountMother.anAccount().build().userId();
    }

    @Test
    void aUserIsRestrictedFromTheFirstRestrictionUntilItIsLifted() {
        UserId user = aUser();
        UserId other = aUser();

        assertThat(restrictions().find(user)).isEqualTo(ProcessingRestriction.NONE);
        assertThat(restrictions().restrict(user, T0)).isTrue();
        assertThat(restrictions().restrict(user, T0.plusSeconds(60))).as("restricted already").isFalse();

        assertThat(restrictions().find(user)).isEqualTo(ProcessingRestriction.since(T0));
        assertThat(restrictions().find(other).restricted()).isFalse();
        assertThat(restrictions().lift(other)).isFalse();
        assertThat(restrictions().lift(user)).isTrue();
        assertThat(restrictions().lift(user)).isFalse();
        assertThat(restrictions().find(user)).isEqualTo(ProcessingRestriction.NONE);
        assertThat(restrictions().restrict(user, T0.plusSeconds(120))).isTrue();
        assertThat(restrictions().find(user)).isEqualTo(ProcessingRestriction.since(T0.plusSeconds(120)));
    }

    @Test
    void theHistoryListsTheUsersChangesNewestFirstInPages() {
        UserId user = aUser();
        List<RestrictionChange> appended = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            RestrictionChange change = new RestrictionChange(user, i % 2 == 0, T0.plusSeconds(i / 2), "self-service");
            restrictions().append(change);
            appended.add(change);
        }
        restrictions().append(new RestrictionChange(aUser(), true, T0, "self-service"));

        Page<RestrictionChange> first = restrictions().changes(user, PageRequest.first(3));
        Page<RestrictionChange> second = restrictions().changes(user, new PageRequest(3, first.next()));

        assertThat(first.items()).containsExactly(appended.get(4), appended.get(3), appended.get(2));
        assertThat(second.items()).containsExactly(appended.get(1), appended.get(0));
        assertThat(second.next()).isEmpty();
    }

    @Test
    void thePortOffersNoWayToChangeOrRemoveAHistoryEntryButTheErasureOfAllOfAUsers() {
        assertThat(Arrays.stream(RestrictionRepository.class.getMethods()).map(Method::getName))
                .containsExactlyInAnyOrder("find", "restrict", "lift", "append", "changes", "exportedCurrent",
                        "exported", "category", "export", "erase");
    }

    @Override
    public PersonalDataStore personalData() {
        return restrictions();
    }

    @Override
    public int giveData(UserId user) {
        restrictions().append(new RestrictionChange(user, true, T0, "self-service"));
        restrictions().append(new RestrictionChange(user, false, T0.plusSeconds(1), "self-service"));
        restrictions().append(new RestrictionChange(user, true, T0.plusSeconds(2), "operator"));
        restrictions().restrict(user, T0.plusSeconds(2));
        return 4;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return restrictions().find(user).restricted()
                || !restrictions().changes(user, PageRequest.first(1)).items().isEmpty();
    }

    @Override
    public List<String> exportedFields() {
        return List.of("entry", "restricted", "at", "source");
    }

    @Test
    void theExportShowsTheRestrictionInForceThenEveryChangeOldestFirst() {
        UserId user = aUser();
        giveData(user);

        List<ExportedItem> items = new ArrayList<>();
        restrictions().export(user, items::add);

        assertThat(items).extracting(item -> item.fields().get("entry"), item -> item.fields().get("restricted"),
                        item -> item.fields().get("at"), item -> item.fields().get("source"))
                .containsExactly(tuple("current", true, T0.plusSeconds(2), null),
                        tuple("change", true, T0, "self-service"),
                        tuple("change", false, T0.plusSeconds(1), "self-service"),
                        tuple("change", true, T0.plusSeconds(2), "operator"));
    }
}
