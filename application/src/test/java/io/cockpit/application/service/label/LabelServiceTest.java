package io.cockpit.application.service.label;

import io.cockpit.application.service.linkedin.LabelAssignmentService;
import io.cockpit.application.testing.Race;
import io.cockpit.application.testing.Race.Outcome;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.label.Colour;
import io.cockpit.domain.label.Label;
import io.cockpit.domain.label.LabelKind;
import io.cockpit.domain.label.LabelName;
import io.cockpit.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.cockpit.application.testing.AccountMother.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabelServiceTest {

    private static final Colour BLACK = new Colour("#000000");

    private final FakeStores stores = new FakeStores();
    private final LabelService labels = new LabelService(stores.labels, stores.transactions, stores.clock,
            new LabelAssignmentService(stores.contacts, stores.conversations));
    private final UserId alice = anAccount().build().userId();
    private final UserId bob = anAccount().build().userId();

    private void fill(UserId user, LabelKind kind, int count) {
        for (int i = 0; i < count; i++) {
            labels.create(user, kind, new LabelName(kind + " " + i), BLACK, Optional.empty());
        }
    }

    @Test
    void theLimitCountsOnlyTheUsersOwnLabelsOfThatKind() {
        fill(alice, LabelKind.CATEGORY, LabelKind.CATEGORY.maxPerUser());

        assertThatThrownBy(() -> labels.create(alice, LabelKind.CATEGORY, new LabelName("one more"), BLACK,
                Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("category.limit_reached"));
        assertThat(labels.create(alice, LabelKind.TAG, new LabelName("one more"), BLACK, Optional.empty()).kind())
                .isEqualTo(LabelKind.TAG);
        assertThat(labels.create(bob, LabelKind.CATEGORY, new LabelName("one more"), BLACK, Optional.empty())
                .userId()).isEqualTo(bob);
    }

    @Test
    void aDeletedLabelMakesRoomAgain() {
        fill(alice, LabelKind.CATEGORY, LabelKind.CATEGORY.maxPerUser() - 1);
        var last = labels.create(alice, LabelKind.CATEGORY, new LabelName("last"), BLACK, Optional.empty());

        labels.delete(alice, LabelKind.CATEGORY, last.id());

        assertThat(labels.create(alice, LabelKind.CATEGORY, new LabelName("again"), BLACK, Optional.empty()).name())
                .isEqualTo(new LabelName("again"));
    }

    /** Found by fuzzing: two parallel adds at 49 of 50 categories both passed. */
    @Test
    void twoAddsRacingForTheLastPlaceGetOneEach() throws InterruptedException {
        fill(alice, LabelKind.CATEGORY, LabelKind.CATEGORY.maxPerUser() - 1);

        List<Outcome<Label>> outcomes = Race.run(4, () -> labels.create(alice, LabelKind.CATEGORY,
                new LabelName("last " + UUID.randomUUID()), BLACK, Optional.empty()));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded()).allSatisfy(outcome ->
                assertThat(((DomainException) outcome.failure()).code()).isEqualTo("category.limit_reached"));
        assertThat(stores.labels.count(alice, LabelKind.CATEGORY)).isEqualTo(LabelKind.CATEGORY.maxPerUser());
    }
}
