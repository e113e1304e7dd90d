package io.cockpit.domain.recommendation;

import java.util.Objects;

/**
 * One reason found for a contact, with its measure and the points it adds to the score. {@code amount} is what the
 * text names: hours waited ({@code reply_due}), days since the user's last message ({@code follow_up_due}), days
 * since connecting ({@code new_connection}), days since the last exchange ({@code keep_in_touch}), the category's
 * priority ({@code never_written}). {@code followUp} is the number of the follow-up due (1 for the first), 0 for
 * the other reasons; {@code limit} the cadence it was measured against (days, or the most follow-ups), 0 if none.
 */
public record Finding(Reason reason, long amount, int followUp, int limit, int points) {

    public Finding {
        Objects.requireNonNull(reason, "reason");
        if (amount < 0 || points < reason.basePoints()) {
            throw new IllegalArgumentException("amount >= 0 and points >= the reason's base points");
        }
    }
}
