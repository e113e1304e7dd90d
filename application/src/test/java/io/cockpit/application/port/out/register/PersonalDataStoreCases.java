package io.cockpit.application.port.out.register;

import io.cockpit.application.testing.AccountMother;
import io.cockpit.domain.account.UserId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export and erasure cases of a port that holds user data. A port's contract suite implements this interface,
 * so that JUnit runs these cases in that one suite, against every implementation of the port (the fake, H2 and
 * MariaDB, Redis and the in-process cache).
 */
public interface PersonalDataStoreCases {

    /** The store under test, as the register's export and erasure reach it. */
    PersonalDataStore personalData();

    /**
     * Gives {@code user} data in the store (several items where the store can hold several) and says how many items
     * the erasure will count for it.
     */
    int giveData(UserId user);

    /** Whether the store still holds anything of {@code user}, seen through the port's own reads. */
    boolean holdsDataOf(UserId user);

    /** The field names of every exported item, in their order; none for a store whose export is empty by design. */
    List<String> exportedFields();

    /** Values the export must never show (password and token hashes), for data {@link #giveData} gave. */
    default List<String> neverExported() {
        return List.of();
    }

    private static UserId aUser() {
        return AccountMother.anAccount().build().userId();
    }

    private List<ExportedItem> exportOf(UserId user) {
        List<ExportedItem> items = new ArrayList<>();
        personalData().export(user, items::add);
        return items;
    }

    /** One case per test method would create a fresh database for each on MariaDB: the checks are grouped. */
    @Test
    default void exportStreamsOnlyTheUsersItemsWithTheDocumentedFieldsNoSecretsInAStableOrder() {
        UserId user = aUser();
        giveData(user);
        giveData(aUser());

        List<ExportedItem> items = exportOf(user);

        assertThat(exportOf(aUser())).as("the export of a user without data").isEmpty();
        if (exportedFields().isEmpty()) {
            assertThat(items).as("a store that exports nothing by design").isEmpty();
            return;
        }
        assertThat(Set.copyOf(exportedFields())).hasSameSizeAs(exportedFields());
        assertThat(items).isNotEmpty();
        assertThat(items).allSatisfy(item -> assertThat(List.copyOf(item.fields().keySet()))
                .isEqualTo(exportedFields()));
        List<String> shown = items.stream().flatMap(item -> item.fields().values().stream())
                .map(String::valueOf).toList();
        for (String secret : neverExported()) {
            assertThat(shown).noneMatch(value -> value.contains(secret));
        }
        assertThat(exportOf(user)).as("the same order every time").isEqualTo(items);
    }

    @Test
    default void erasingUserALeavesUserBUntouched() {
        UserId a = aUser();
        UserId b = aUser();
        giveData(a);
        giveData(b);
        List<ExportedItem> bBefore = exportOf(b);

        assertThat(personalData().erase(aUser(), 10)).as("erasing a user without data").isZero();
        while (personalData().erase(a, 100) > 0) {
            // until nothing of a is left
        }

        assertThat(holdsDataOf(a)).isFalse();
        assertThat(exportOf(a)).isEmpty();
        assertThat(holdsDataOf(b)).isTrue();
        assertThat(exportOf(b)).isEqualTo(bBefore);
    }

    @Test
    default void eraseInBatchesOfTwoRemovesEverythingOverSeveralCallsAndThenReturnsZero() {
        UserId user = aUser();
        int given = giveData(user);
        assertThat(holdsDataOf(user)).isTrue();

        List<Integer> calls = new ArrayList<>();
        int erased;
        do {
            erased = personalData().erase(user, 2);
            calls.add(erased);
            assertThat(calls).as("erasure must end").hasSizeLessThanOrEqualTo(given + 2);
        } while (erased > 0);

        assertThat(calls.subList(0, calls.size() - 1)).allSatisfy(count -> assertThat(count).isBetween(1, 2));
        assertThat(calls.stream().mapToInt(Integer::intValue).sum()).isEqualTo(given);
        assertThat(holdsDataOf(user)).isFalse();
        assertThat(personalData().erase(user, 2)).as("erasing again").isZero();
    }
}
