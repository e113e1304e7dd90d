package io.cockpit.domain.label;

import io.cockpit.domain.register.DataSubject;
import io.cockpit.domain.register.DeletionMethod;
import io.cockpit.domain.register.Holding;
import io.cockpit.domain.register.LegalBasis;
import io.cockpit.domain.register.Localized;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.RetentionRule;

import java.util.List;
import java.util.Set;

/** The label capability's entry in the register of personal data. */
public final class LabelPersonalData {

    public static final PersonalDataCategory LABELS = new PersonalDataCategory("labels",
            new Localized("Tags und Kategorien", "tags and categories"),
            DataSubject.USER,
            List.of(Holding.table("label"), Holding.table("label_count")),
            new Localized("Kontakte und Unterhaltungen ordnen und filtern", "organising and filtering contacts and chats"),
            LegalBasis.CONTRACT,
            new Localized("vom Nutzer", "from the user"),
            List.of(),
            new RetentionRule.WhileAccountExists(), DeletionMethod.DELETE,
            Set.of("name"));

    private LabelPersonalData() {
    }

    public static List<PersonalDataCategory> categories() {
        return List.of(LABELS);
    }
}
