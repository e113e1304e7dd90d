package io.cockpit.domain.recommendation;

import java.util.List;
import java.util.Objects;

/** A contact to write to, why (strongest reason first) and its score. */
public record Recommendation(Candidate candidate, List<Finding> reasons, int score) {

    public Recommendation {
        Objects.requireNonNull(candidate, "candidate");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a recommendation has a reason");
        }
    }
}
