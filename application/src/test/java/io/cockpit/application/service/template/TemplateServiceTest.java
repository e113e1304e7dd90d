package io.cockpit.application.service.template;

import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.testing.Race;
import io.cockpit.application.testing.Race.Outcome;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.template.MessageTemplate;
import io.cockpit.domain.template.TemplateBody;
import io.cockpit.domain.template.TemplateName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.cockpit.application.testing.AccountMother.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateServiceTest {

    private static final TemplateBody BODY = TemplateBody.parse("Hello {{firstName|there}}");

    private final FakeStores stores = new FakeStores();
    private final TemplateService templates = new TemplateService(stores.templates, stores.transactions, stores.clock,
            (user, contact) -> {
                throw new AssertionError("no preview from a contact here");
            });
    private final UserId alice = anAccount().build().userId();

    private void fill(UserId user, int count) {
        for (int i = 0; i < count; i++) {
            templates.create(user, new TemplateName("Template " + i), BODY);
        }
    }

    @Test
    void aUserHasAtMostTwoHundredTemplatesAndADeleteMakesRoom() {
        fill(alice, MessageTemplate.MAX_PER_USER);

        assertThatThrownBy(() -> templates.create(alice, new TemplateName("one more"), BODY))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("template.limit_reached"));
        UserId bob = anAccount().build().userId();
        assertThat(templates.create(bob, new TemplateName("one more"), BODY).userId()).isEqualTo(bob);

        MessageTemplate first = templates.list(alice, PageRequest.first(1)).items()
                .getFirst();
        templates.delete(alice, first.id());
        assertThat(templates.create(alice, new TemplateName("one more"), BODY).name().value()).isEqualTo("one more");
    }

    @Test
    void twoAddsRacingForTheLastPlaceGetOneEach() throws InterruptedException {
        fill(alice, MessageTemplate.MAX_PER_USER - 1);

        List<Outcome<MessageTemplate>> outcomes = Race.run(4, () -> templates.create(alice,
                new TemplateName("last " + UUID.randomUUID()), BODY));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded()).allSatisfy(outcome ->
                assertThat(((DomainException) outcome.failure()).code()).isEqualTo("template.limit_reached"));
        assertThat(stores.templates.count(alice)).isEqualTo(MessageTemplate.MAX_PER_USER);
    }
}
