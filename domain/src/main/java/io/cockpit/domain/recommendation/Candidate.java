package io.cockpit.domain.recommendation;

import io.cockpit.domain.label.Cadence;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the ranking knows of one contact: whether the user marked it "do not contact", when it connected, who wrote
 * to whom and when, how many follow-ups the user sent since the contact last answered (outbound messages after the
 * first unanswered one), and the priority and cadence of its category (the one with the highest priority when it
 * has several; none: priority 0, the default cadence).
 */
public record Candidate(ItemId contactId, boolean doNotContact, Optional<Instant> connectedAt,
                        ContactActivity activity, int followUpsSent, int priority, Cadence cadence) {

    public Candidate {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(connectedAt, "connectedAt");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(cadence, "cadence");
        if (followUpsSent < 0) {
            throw new IllegalArgumentException("followUpsSent must not be negative");
        }
        if (priority < 0 || priority > io.cockpit.domain.label.Priority.MAX) {
            throw new IllegalArgumentException("priority must be 0-10");
        }
    }

    public Candidate withFollowUpsSent(int count) {
        return new Candidate(contactId, doNotContact, connectedAt, activity, count, priority, cadence);
    }

    /** They wrote after the user's last message (or the user never wrote). */
    public boolean awaitsUser() {
        Optional<Instant> in = activity.lastInboundAt();
        Optional<Instant> out = activity.lastOutboundAt();
        return in.isPresent() && (out.isEmpty() || in.get().isAfter(out.get()));
    }

    /** The user wrote last. */
    public boolean awaitsContact() {
        Optional<Instant> in = activity.lastInboundAt();
        Optional<Instant> out = activity.lastOutboundAt();
        return out.isPresent() && (in.isEmpty() || !in.get().isAfter(out.get()));
    }
}
