package io.cockpit.application.port.out.label;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.label.Colour;
import io.cockpit.domain.label.Label;
import io.cockpit.domain.label.LabelKind;
import io.cockpit.domain.label.LabelName;
import io.cockpit.domain.label.Priority;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public abstract class LabelRepositoryContract implements PersonalDataStoreCases {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    protected abstract LabelRepository labels();

    private static Label aLabel(UserId user, LabelKind kind, String name, Optional<Priority> priority) {
        return new Label(ItemId.random(), user, kind, new LabelName(name), new Colour("#1E88E5"), priority, T0, T0, 1);
    }

    @Test
    void keepsTagsAndCategoriesApartAndScopedByOwner() {
        UserId owner = AccountMother.anAccount().build().userId();
        Label tag = aLabel(owner, LabelKind.TAG, "Hot", Optional.empty());
        Label category = aLabel(owner, LabelKind.CATEGORY, "Hot", Optional.of(new Priority(7)));
        Label noPriority = aLabel(owner, LabelKind.CATEGORY, "Cold", Optional.empty());
        labels().add(tag);
        labels().add(category);
        labels().add(noPriority);

        assertThat(labels().find(owner, LabelKind.TAG, tag.id())).contains(tag);
        assertThat(labels().find(owner, LabelKind.CATEGORY, category.id())).contains(category);
        assertThat(labels().find(owner, LabelKind.CATEGORY, noPriority.id())).contains(noPriority);
        assertThat(labels().find(owner, LabelKind.CATEGORY, tag.id())).isEmpty();
        assertThat(labels().find(AccountMother.anAccount().build().userId(), LabelKind.TAG, tag.id())).isEmpty();
        assertThat(labels().count(owner, LabelKind.TAG)).isEqualTo(1);
        assertThat(labels().count(owner, LabelKind.CATEGORY)).isEqualTo(2);
    }

    @Test
    void namesAreUniquePerOwnerAndKindInAnyCase() {
        UserId owner = AccountMother.anAccount().build().userId();
        labels().add(aLabel(owner, LabelKind.TAG, "Warm lead", Optional.empty()));

        assertThatThrownBy(() -> labels().add(aLabel(owner, LabelKind.TAG, "WARM LEAD", Optional.empty())))
                .isInstanceOf(UniquenessViolation.class);
        labels().add(aLabel(owner, LabelKind.CATEGORY, "Warm lead", Optional.empty()));
    }

    @Test
    void listsByNameInPages() {
        UserId owner = AccountMother.anAccount().build().userId();
        for (String name : new String[]{"b", "A", "c"}) {
            labels().add(aLabel(owner, LabelKind.TAG, name, Optional.empty()));
        }

        Page<Label> first = labels().list(owner, LabelKind.TAG, PageRequest.first(2));

        assertThat(first.items()).extracting(l -> l.name().value()).containsExactly("A", "b");
        assertThat(labels().list(owner, LabelKind.TAG, new PageRequest(2, first.next())).items())
                .extracting(l -> l.name().value()).containsExactly("c");
    }

    @Test
    void updatesTheCurrentVersionOnlyAndDeletes() {
        UserId owner = AccountMother.anAccount().build().userId();
        Label category = aLabel(owner, LabelKind.CATEGORY, "Prospects", Optional.of(new Priority(3)));
        labels().add(category);
        Label revised = category.revise(new LabelName("Prospects 2027"), new Colour("#000000"), Optional.empty(),
                T0.plusSeconds(5));

        Label stored = labels().update(revised);

        assertThat(stored.version()).isEqualTo(2);
        assertThat(labels().find(owner, LabelKind.CATEGORY, category.id())).contains(stored);
        assertThatThrownBy(() -> labels().update(revised)).isInstanceOf(StaleWriteException.class);
        assertThat(labels().delete(owner, LabelKind.TAG, category.id())).isFalse();
        assertThat(labels().delete(owner, LabelKind.CATEGORY, category.id())).isTrue();
    }

    @Override
    public PersonalDataStore personalData() {
        return labels();
    }

    @Override
    public int giveData(UserId user) {
        labels().add(aLabel(user, LabelKind.TAG, "Hot", Optional.empty()));
        labels().add(aLabel(user, LabelKind.TAG, "Cold", Optional.empty()));
        labels().add(aLabel(user, LabelKind.CATEGORY, "Customers", Optional.of(new Priority(8))));
        return 3;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return labels().count(user, LabelKind.TAG) + labels().count(user, LabelKind.CATEGORY) > 0;
    }

    @Override
    public List<String> exportedFields() {
        return List.of("labelId", "kind", "name", "colour", "priority", "createdAt", "updatedAt");
    }

    @Test
    void theExportHasTheTagsThenTheCategoriesEachByName() {
        UserId user = AccountMother.anAccount().build().userId();
        giveData(user);

        List<ExportedItem> items = new ArrayList<>();
        labels().export(user, items::add);

        assertThat(items).extracting(item -> item.fields().get("kind") + ":" + item.fields().get("name") + ":"
                + item.fields().get("priority")).containsExactly("tag:Cold:null", "tag:Hot:null",
                "category:Customers:8");
        assertThat(labels().erase(user, 10)).isEqualTo(3);
        assertThat(labels().count(user, LabelKind.CATEGORY)).isZero();
    }
}
