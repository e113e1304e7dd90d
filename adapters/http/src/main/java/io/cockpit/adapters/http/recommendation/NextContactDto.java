package io.cockpit.adapters.http.recommendation;

import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.api.model.NextContact;
import io.cockpit.api.model.NextContactReason;
import io.cockpit.api.model.NextContactSummary;
import io.cockpit.api.model.RecommendationReasonCode;
import io.cockpit.application.port.in.recommendation.NextContactsQuery;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.recommendation.ContactSummary;
import io.cockpit.domain.recommendation.Finding;
import io.cockpit.domain.recommendation.ReasonText;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.Language;

/** A suggestion on the wire: each reason's measure in the field named for it, the others null. */
final class NextContactDto {

    private NextContactDto() {
    }

    static NextContact of(NextContactsQuery.NextContact item, Language language) {
        ContactSummary c = item.contact();
        ContactActivity activity = item.recommendation().candidate().activity();
        return new NextContact(
                new NextContactSummary(c.contactId().value(), c.firstName(), c.lastName(), c.headline().orElse(null),
                        c.company().orElse(null), c.position().orElse(null), c.profileUrl().orElse(null)),
                item.recommendation().score(),
                item.recommendation().reasons().stream().map(f -> reason(f, language)).toList(),
                activity.writtenTo(),
                activity.lastOutboundAt().map(Wire::utc).orElse(null),
                activity.lastInboundAt().map(Wire::utc).orElse(null),
                item.suggestedTemplate().map(ItemId::value).orElse(null));
    }

    private static NextContactReason reason(Finding f, Language language) {
        Integer amount = Math.toIntExact(Math.min(f.amount(), Integer.MAX_VALUE));
        return switch (f.reason()) {
            case REPLY_DUE -> dto(f, language, amount, null, null, null, null, null);
            case FOLLOW_UP_DUE -> dto(f, language, null, amount, f.followUp(), f.limit(), null, null);
            case NEW_CONNECTION -> dto(f, language, null, amount, null, null, null, null);
            case KEEP_IN_TOUCH -> dto(f, language, null, amount, null, null, f.limit(), null);
            case NEVER_WRITTEN -> dto(f, language, null, null, null, null, null, amount);
        };
    }

    private static NextContactReason dto(Finding f, Language language, Integer hours, Integer days, Integer followUp,
                                         Integer maxFollowUps, Integer cadenceDays, Integer priority) {
        return new NextContactReason(RecommendationReasonCode.fromValue(f.reason().wireName()),
                ReasonText.of(f, language), f.points(), hours, days, followUp, maxFollowUps, cadenceDays, priority);
    }
}
