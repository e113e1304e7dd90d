package io.cockpit.domain.recommendation;

import io.cockpit.domain.register.DataSubject;
import io.cockpit.domain.register.DeletionMethod;
import io.cockpit.domain.register.Holding;
import io.cockpit.domain.register.LegalBasis;
import io.cockpit.domain.register.Localized;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.RetentionRule;

import java.util.List;
import java.util.Set;

/**
 * The recommendation capability's entry in the register: what the user told "who to write next" about contacts
 * (snoozed until, dismissed for a reason). The recommendations themselves are computed per request and not kept.
 */
public final class RecommendationPersonalData {

    public static final PersonalDataCategory RECOMMENDATION_FEEDBACK = new PersonalDataCategory(
            "recommendation_feedback",
            new Localized("Rückmeldungen zu Vorschlägen (Kontakt zurückgestellt bis, Grund verworfen)",
                    "feedback on suggestions (contact snoozed until, reason dismissed)"),
            DataSubject.USER,
            List.of(Holding.table("recommendation_snooze"), Holding.table("recommendation_dismissal")),
            new Localized("vorschlagen, welchen Kontakt der Nutzer als Nächstes anschreibt, ohne zurückgestellte "
                    + "oder verworfene Vorschläge", "suggesting which contact the user writes to next, leaving out "
                    + "snoozed and dismissed suggestions"),
            LegalBasis.LEGITIMATE_INTEREST,
            new Localized("vom Nutzer", "from the user"),
            List.of(),
            new RetentionRule.WhileAccountExists(), DeletionMethod.DELETE,
            Set.of());

    private RecommendationPersonalData() {
    }

    public static List<PersonalDataCategory> categories() {
        return List.of(RECOMMENDATION_FEEDBACK);
    }
}
