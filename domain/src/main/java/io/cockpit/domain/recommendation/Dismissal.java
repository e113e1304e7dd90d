package io.cockpit.domain.recommendation;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Objects;

/**
 * The user does not want a contact suggested for one reason. It holds until a new message, either way, comes after
 * it: a new exchange is a new situation (docs/recommendations.md).
 */
public record Dismissal(UserId userId, ItemId contactId, Reason reason, Instant dismissedAt) {

    public Dismissal {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(dismissedAt, "dismissedAt");
    }
}
