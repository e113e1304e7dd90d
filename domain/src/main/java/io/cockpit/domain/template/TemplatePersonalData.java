package io.cockpit.domain.template;

import io.cockpit.domain.register.DataSubject;
import io.cockpit.domain.register.DeletionMethod;
import io.cockpit.domain.register.Holding;
import io.cockpit.domain.register.LegalBasis;
import io.cockpit.domain.register.Localized;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.RetentionRule;

import java.util.List;
import java.util.Set;

/** The template capability's entry in the register of personal data. */
public final class TemplatePersonalData {

    public static final PersonalDataCategory MESSAGE_TEMPLATES = new PersonalDataCategory("message_templates",
            new Localized("Nachrichtenvorlagen", "message templates"),
            DataSubject.USER,
            List.of(Holding.table("message_template"), Holding.table("template_count")),
            new Localized("Nachrichten schneller schreiben", "writing messages faster"),
            LegalBasis.CONTRACT,
            new Localized("vom Nutzer", "from the user"),
            List.of(),
            new RetentionRule.WhileAccountExists(), DeletionMethod.DELETE,
            Set.of("name", "body"));

    private TemplatePersonalData() {
    }

    public static List<PersonalDataCategory> categories() {
        return List.of(MESSAGE_TEMPLATES);
    }
}
