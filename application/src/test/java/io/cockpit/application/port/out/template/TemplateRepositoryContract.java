package io.cockpit.application.port.out.template;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.application.testing.Race;
import io.cockpit.application.testing.Race.Outcome;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.template.MessageTemplate;
import io.cockpit.domain.template.TemplateBody;
import io.cockpit.domain.template.TemplateName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public abstract class TemplateRepositoryContract implements PersonalDataStoreCases {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00.001Z");

    protected abstract TemplateRepository templates();

    private static MessageTemplate aTemplate(UserId user, String name) {
        return new MessageTemplate(ItemId.random(), user, new TemplateName(name),
                TemplateBody.parse("Hi {{firstName|there}}, 😀 " + "x".repeat(7000)), T0, T0, 1);
    }

    @Test
    void findsTemplatesOnlyThroughTheirOwner() {
        UserId owner = AccountMother.anAccount().build().userId();
        MessageTemplate template = aTemplate(owner, "First contact");
        templates().add(template, 200);

        assertThat(templates().find(owner, template.id())).contains(template);
        assertThat(templates().find(AccountMother.anAccount().build().userId(), template.id())).isEmpty();
        assertThat(templates().delete(AccountMother.anAccount().build().userId(), template.id())).isFalse();
    }

    @Test
    void namesAreUniquePerOwnerInAnyCase() {
        UserId owner = AccountMother.anAccount().build().userId();
        templates().add(aTemplate(owner, "Follow-up"), 200);

        assertThatThrownBy(() -> templates().add(aTemplate(owner, "FOLLOW-UP"), 200))
                .isInstanceOf(UniquenessViolation.class);
        templates().add(aTemplate(AccountMother.anAccount().build().userId(), "Follow-up"), 200);
    }

    @Test
    void listsByNameInPages() {
        UserId owner = AccountMother.anAccount().build().userId();
        for (String name : new String[]{"charlie", "Alpha", "bravo", "Delta.with.dots"}) {
            templates().add(aTemplate(owner, name), 200);
        }

        Page<MessageTemplate> first = templates().list(owner, PageRequest.first(2));
        Page<MessageTemplate> second = templates().list(owner, new PageRequest(2, first.next()));

        assertThat(first.items()).extracting(t -> t.name().value()).containsExactly("Alpha", "bravo");
        assertThat(second.items()).extracting(t -> t.name().value()).containsExactly("charlie", "Delta.with.dots");
        assertThat(second.next()).isEmpty();
    }

    @Test
    void updatesTheCurrentVersionOnly() {
        UserId owner = AccountMother.anAccount().build().userId();
        MessageTemplate template = aTemplate(owner, "Intro");
        templates().add(template, 200);
        MessageTemplate revised = template.revise(new TemplateName("Intro v2"), TemplateBody.parse("Hello"),
                T0.plusSeconds(1));

        MessageTemplate stored = templates().update(revised);

        assertThat(stored.version()).isEqualTo(2);
        assertThat(templates().find(owner, template.id())).contains(stored);
        assertThatThrownBy(() -> templates().update(revised)).isInstanceOf(StaleWriteException.class);
        assertThat(templates().delete(owner, template.id())).isTrue();
        assertThat(templates().find(owner, template.id())).isEmpty();
    }

    @Override
    public PersonalDataStore personalData() {
        return templates();
    }

    @Override
    public int giveData(UserId user) {
        for (String name : List.of("Follow-up", "first contact", "Angebot")) {
            templates().add(aTemplate(user, name), 200);
        }
        return 3;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return !templates().list(user, PageRequest.first(1)).items().isEmpty();
    }

    @Override
    public List<String> exportedFields() {
        return List.of("templateId", "name", "body", "createdAt", "updatedAt");
    }

    @Test
    void theExportHasEveryTemplateByNameAcrossPages() {
        UserId user = AccountMother.anAccount().build().userId();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < PageRequest.MAX_LIMIT + 3; i++) {
            String name = "T" + (1000 + i);
            templates().add(new MessageTemplate(ItemId.random(), user, new TemplateName(name),
                    TemplateBody.parse("Hi {{firstName}}"), T0, T0, 1), 1000);
            names.add(name);
        }

        List<ExportedItem> items = new ArrayList<>();
        templates().export(user, items::add);

        assertThat(items).extracting(item -> item.fields().get("name")).containsExactlyElementsOf(names);
        assertThat(items.getFirst().fields().get("body")).isEqualTo("Hi {{firstName}}");
    }

    @Test
    void theLimitIsKeptAndDeletesMakeRoomAgain() {
        UserId owner = AccountMother.anAccount().build().userId();
        MessageTemplate first = aTemplate(owner, "One");
        assertThat(templates().add(first, 2)).isTrue();
        assertThat(templates().add(aTemplate(owner, "Two"), 2)).isTrue();

        assertThat(templates().add(aTemplate(owner, "Three"), 2)).isFalse();
        assertThat(templates().count(owner)).isEqualTo(2);
        assertThatThrownBy(() -> templates().add(aTemplate(owner, "one"), 3)).isInstanceOf(UniquenessViolation.class);
        assertThat(templates().add(aTemplate(owner, "Three"), 3)).as("a refused name used no room").isTrue();
        assertThat(templates().delete(owner, first.id())).isTrue();
        assertThat(templates().add(aTemplate(owner, "Four"), 3)).isTrue();
        assertThat(templates().add(aTemplate(owner, "Five"), 3)).isFalse();
        assertThat(templates().count(owner)).isEqualTo(3);
    }

    /** Found by fuzzing: two adds at limit - 1 both passed. Also for an owner who has none yet. */
    @Test
    void theLimitHoldsWhenAddsRace() throws InterruptedException {
        for (int round = 0; round < 5; round++) {
            UserId owner = AccountMother.anAccount().build().userId();
            UserId newcomer = AccountMother.anAccount().build().userId();
            templates().add(aTemplate(owner, "One"), 3);
            templates().add(aTemplate(owner, "Two"), 3);

            List<Outcome<Boolean>> atTheLimit = Race.run(6, () -> templates().add(aTemplate(owner,
                    "Race " + UUID.randomUUID()), 3));
            List<Outcome<Boolean>> fromNothing = Race.run(6, () -> templates().add(aTemplate(newcomer,
                    "Race " + UUID.randomUUID()), 2));

            assertThat(atTheLimit).allMatch(Outcome::succeeded, "no add fails (a deadlock, a timeout)");
            assertThat(atTheLimit).filteredOn(Outcome::value).hasSize(1);
            assertThat(templates().count(owner)).isEqualTo(3);
            assertThat(fromNothing).allMatch(Outcome::succeeded, "no add fails (a deadlock, a timeout)");
            assertThat(fromNothing).filteredOn(Outcome::value).hasSize(2);
            assertThat(templates().count(newcomer)).isEqualTo(2);
        }
    }
}
