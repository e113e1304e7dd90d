package io.cockpit.application.port.out.linkedin;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.testing.LinkedInMother;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.ItemKind;
import io.cockpit.domain.linkedin.Suppression;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.cockpit.application.testing.LinkedInMother.T0;
import static org.assertj.core.api.Assertions.assertThat;

public abstract class SuppressionRepositoryContract implements PersonalDataStoreCases {

    protected abstract SuppressionRepository suppressions();

    private static String hash(char c) {
        return String.valueOf(c).repeat(64);
    }

    private static Suppression suppression(UserId user, char hash, long secondsAfter) {
        return new Suppression(ItemId.random(), user, hash(hash), Optional.of("linkedin.com/in/ja…11"),
                T0.plusSeconds(secondsAfter));
    }

    @Test
    void suppressesListsNewestFirstAndLifts() {
        UserId user = LinkedInMother.aUser();
        Suppression first = suppression(user, 'a', 0);
        Suppression second = suppression(user, 'b', 10);
        suppressions().suppress(first);
        suppressions().suppress(second);
        suppressions().suppress(suppression(user, 'a', 20));

        Page<Suppression> page = suppressions().list(user, PageRequest.first(1));

        assertThat(page.items()).containsExactly(second);
        assertThat(suppressions().list(user, new PageRequest(1, page.next())).items()).containsExactly(first);
        assertThat(suppressions().suppressedAmong(user, List.of(hash('a'), hash('c')))).containsExactly(hash('a'));
        assertThat(suppressions().suppressedAmong(LinkedInMother.aUser(), List.of(hash('a')))).isEmpty();
        assertThat(suppressions().lift(LinkedInMother.aUser(), first.id())).isFalse();
        assertThat(suppressions().lift(user, first.id())).isTrue();
        assertThat(suppressions().lift(user, first.id())).isFalse();
        assertThat(suppressions().suppressedAmong(user, List.of(hash('a')))).isEmpty();
    }

    @Test
    void aTombstoneKeepsTheLaterVersion() {
        UserId user = LinkedInMother.aUser();
        suppressions().bury(user, ItemKind.MESSAGE, Map.of(hash('a'), T0, hash('b'), T0));
        suppressions().bury(user, ItemKind.MESSAGE, Map.of(hash('a'), T0.plusSeconds(5), hash('b'), T0.minusSeconds(5)));

        assertThat(suppressions().tombstones(user, ItemKind.MESSAGE, List.of(hash('a'), hash('b'), hash('c'))))
                .containsOnly(Map.entry(hash('a'), T0.plusSeconds(5)), Map.entry(hash('b'), T0));
        assertThat(suppressions().tombstones(user, ItemKind.CONVERSATION, List.of(hash('a')))).isEmpty();
        assertThat(suppressions().tombstones(LinkedInMother.aUser(), ItemKind.MESSAGE, List.of(hash('a')))).isEmpty();
    }

    @Test
    void exportsSuppressionsAndTombstonesAndErasesInBoundedBatches() {
        UserId user = LinkedInMother.aUser();
        suppressions().suppress(suppression(user, 'a', 0));
        suppressions().suppress(suppression(user, 'b', 0));
        suppressions().bury(user, ItemKind.CONTACT, Map.of(hash('c'), T0));
        UserId other = LinkedInMother.aUser();
        suppressions().suppress(suppression(other, 'a', 0));

        List<ExportedItem> exported = new ArrayList<>();
        suppressions().export(user, exported::add);

        assertThat(exported).hasSize(3);
        assertThat(exported).anySatisfy(item -> assertThat(item.fields()).containsEntry("entry", "deleted_contact")
                .containsEntry("at", T0));
        assertThat(suppressions().category()).isEqualTo("linkedin_suppressions");
        assertThat(suppressions().erase(user, 2)).isEqualTo(2);
        assertThat(suppressions().erase(user, 2)).isEqualTo(1);
        assertThat(suppressions().erase(user, 2)).isZero();
        assertThat(suppressions().suppressedAmong(other, List.of(hash('a')))).hasSize(1);
    }

    @Override
    public PersonalDataStore personalData() {
        return suppressions();
    }

    @Override
    public int giveData(UserId user) {
        suppressions().suppress(suppression(user, 'a', 0));
        suppressions().suppress(suppression(user, 'b', 1));
        suppressions().bury(user, ItemKind.MESSAGE, Map.of(hash('c'), T0, hash('d'), T0));
        return 4;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return !suppressions().suppressedAmong(user, List.of(hash('a'), hash('b'))).isEmpty()
                || !suppressions().tombstones(user, ItemKind.MESSAGE, List.of(hash('c'), hash('d'))).isEmpty();
    }

    @Override
    public List<String> exportedFields() {
        return List.of("entry", "id", "urnHash", "maskedUrl", "at");
    }
}
